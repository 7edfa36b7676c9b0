<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Records</name>
        <message>
            <source>Producer group</source>
            <extracomment>Parents before children: the order in which records are inserted on import. How each table's records are named to people (the "Records" context).</extracomment>
            <translation>กลุ่มผู้ผลิต</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Group member</source>
            <translation>สมาชิกกลุ่ม</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>การติดตามหลังการเยี่ยม</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>การฝึกอบรม</translation>
        </message>
        <message>
            <source>Training participant</source>
            <translation>ผู้เข้ารับการอบรม</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Problem action</source>
            <translation>การแก้ไขปัญหา</translation>
        </message>
        <message>
            <source>Trade fair</source>
            <translation>งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Fair entry</source>
            <translation>การสมัครออกร้าน</translation>
        </message>
        <message>
            <source>Fair sale</source>
            <translation>ยอดขายในงาน</translation>
        </message>
        <message>
            <source>Cash-book entry</source>
            <translation>รายการบัญชีรับ-จ่าย</translation>
        </message>
    </context>
</TS>
