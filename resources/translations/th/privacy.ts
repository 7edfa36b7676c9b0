<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>PersonRightsDialog</name>
        <message>
            <source>A person's data (PDPA)</source>
            <translation>ข้อมูลส่วนบุคคลของเจ้าของข้อมูล (PDPA)</translation>
        </message>
        <message>
            <source>When someone asks what is held about them, or asks for it to be erased: type their name (without title) or phone number. Erasure deletes a member, makes a training participant anonymous and takes the name out of other records; it reaches the office with the next workbook.</source>
            <translation>เมื่อมีผู้ขอทราบว่าระบบเก็บข้อมูลใดของตนไว้ หรือขอให้ลบข้อมูล ให้พิมพ์ชื่อ (ไม่ต้องมีคำนำหน้า) หรือหมายเลขโทรศัพท์ การลบจะลบรายชื่อสมาชิก ปิดชื่อผู้เข้าอบรม และนำชื่อออกจากรายการอื่น ๆ โดยสำนักงานจะได้รับการลบนี้พร้อมสมุดงานฉบับถัดไป</translation>
        </message>
        <message>
            <source>Name or phone number</source>
            <translation>ชื่อหรือหมายเลขโทรศัพท์</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>ค้นหา</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>อยู่ที่</translation>
        </message>
        <message>
            <source>What it holds</source>
            <translation>ข้อมูลที่เก็บไว้</translation>
        </message>
        <message>
            <source>Export what is held…</source>
            <translation>ส่งออกข้อมูลที่เก็บไว้…</translation>
        </message>
        <message>
            <source>Erase…</source>
            <translation>ลบข้อมูล…</translation>
        </message>
        <message>
            <source>{count} record(s) name “{who}”.</source>
            <translation>{count} รายการที่ระบุ “{who}”</translation>
        </message>
        <message>
            <source>Export what is held</source>
            <translation>ส่งออกข้อมูลที่เก็บไว้</translation>
        </message>
        <message>
            <source>JSON file (*.json)</source>
            <translation>ไฟล์ข้อมูล (*.json)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>ส่งออกไม่สำเร็จ</translation>
        </message>
        <message>
            <source>{count} record(s) were written to:
{file}</source>
            <translation>บันทึกข้อมูล {count} รายการไว้ที่:
{file}</translation>
        </message>
        <message>
            <source>Erase a person's data</source>
            <translation>ลบข้อมูลส่วนบุคคล</translation>
        </message>
        <message>
            <source>Erase “{who}” from {count} record(s)? This cannot be undone here (backups keep the old data until they are rotated away), and the office receives the erasure with the next workbook.</source>
            <translation>ต้องการลบ “{who}” ออกจาก {count} รายการหรือไม่ การลบนี้ย้อนกลับไม่ได้ (ข้อมูลสำรองจะยังเก็บข้อมูลเดิมไว้จนกว่าจะถูกหมุนเวียนลบ) และสำนักงานจะได้รับการลบนี้พร้อมสมุดงานฉบับถัดไป</translation>
        </message>
        <message>
            <source>{count} record(s) were erased or made anonymous.</source>
            <translation>ลบหรือปิดชื่อแล้ว {count} รายการ</translation>
        </message>
    </context>
    <context>
        <name>PrivacyMenu</name>
        <message>
            <source>A person's &amp;data (PDPA)…</source>
            <translation>&amp;ข้อมูลส่วนบุคคล (PDPA)…</translation>
        </message>
    </context>
</TS>
