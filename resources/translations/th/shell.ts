<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>DemoLoader</name>
        <message>
            <source>Demo data</source>
            <translation>ข้อมูลตัวอย่าง</translation>
        </message>
        <message>
            <source>Creating demo groups and a year of records…</source>
            <translation>กำลังสร้างกลุ่มตัวอย่างและบันทึกย้อนหลังหนึ่งปี…</translation>
        </message>
        <message>
            <source>Demo data can only be loaded into an empty database. This one already holds records.</source>
            <translation>โหลดข้อมูลตัวอย่างได้เฉพาะในฐานข้อมูลว่างเท่านั้น ฐานข้อมูลนี้มีบันทึกอยู่แล้ว</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Database: {path}</source>
            <translation>ฐานข้อมูล: {path}</translation>
        </message>
        <message>
            <source>This database is read-only (a write-protected drive or file): you can look at everything, but nothing can be saved. To work in it, copy it to a folder you may write to and open the copy.</source>
            <translation>ฐานข้อมูลนี้เปิดแบบอ่านอย่างเดียว (อยู่ในไดรฟ์หรือไฟล์ที่ป้องกันการเขียน) ดูข้อมูลได้ทั้งหมดแต่บันทึกไม่ได้ หากต้องการแก้ไข กรุณาคัดลอกไปไว้ในโฟลเดอร์ที่เขียนได้ แล้วเปิดไฟล์ที่คัดลอกนั้น</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;แฟ้ม</translation>
        </message>
        <message>
            <source>Officer &amp;profile…</source>
            <translation>&amp;ข้อมูลเจ้าหน้าที่…</translation>
        </message>
        <message>
            <source>Load &amp;demo data…</source>
            <translation>โหลดข้อมูล&amp;ตัวอย่าง…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;พิมพ์…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;ตั้งค่า…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;ออกจากโปรแกรม</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>แ&amp;ก้ไข</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>&amp;เพิ่มรายการใหม่</translation>
        </message>
        <message>
            <source>&amp;Edit record</source>
            <translation>แ&amp;ก้ไขรายการ</translation>
        </message>
        <message>
            <source>&amp;Delete record</source>
            <translation>&amp;ลบรายการ</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;ค้นหา</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>โหลด&amp;ใหม่</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;มุมมอง</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;ช่วยเหลือ</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;คู่มือการใช้งาน</translation>
        </message>
        <message>
            <source>&amp;About OTOP Desk</source>
            <translation>&amp;เกี่ยวกับ OTOP Desk</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>เกี่ยวกับ &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>&amp;Reports</source>
            <extracomment>The tabs not shown are built this long after the window gets its database: by then the first screen is painted with its records and its background reads are done (their threads and the import of the other tabs would share one Python interpreter), and a person has seldom reached for another tab yet (one chosen sooner is built at once).
----------
Each returns items for the File menu, shown between the record commands and Settings. Menus of their own, between View and Help: (context, English title, its items).</extracomment>
            <translation>ราย&amp;งาน</translation>
        </message>
    </context>
</TS>
