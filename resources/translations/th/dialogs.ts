<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Officer profile</source>
        <translation>ข้อมูลเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Welcome to OTOP Desk. Who is using this computer? These details appear on printed visit summaries and monthly exports.</source>
        <translation>ยินดีต้อนรับสู่ OTOP Desk ใครเป็นผู้ใช้เครื่องนี้? ข้อมูลนี้จะปรากฏในแบบสรุปการเยี่ยมที่พิมพ์และในไฟล์ส่งออกรายเดือน</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
</context>
</TS>
