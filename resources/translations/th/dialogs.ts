<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About OTOP Desk</source>
            <translation>เกี่ยวกับ OTOP Desk</translation>
        </message>
        <message>
            <source>Records of OTOP producer groups for community-development officers, kept on this computer and usable without a signal.</source>
            <translation>โปรแกรมบันทึกข้อมูลกลุ่มผู้ผลิต OTOP สำหรับนักวิชาการพัฒนาชุมชน เก็บข้อมูลไว้ในเครื่องนี้และใช้งานได้แม้ไม่มีสัญญาณอินเทอร์เน็ต</translation>
        </message>
        <message>
            <source>Thai font: Sarabun by Cadson Demak, SIL Open Font License 1.1.</source>
            <translation>แบบอักษรไทย: Sarabun โดย Cadson Demak สัญญาอนุญาต SIL Open Font License 1.1</translation>
        </message>
        <message>
            <source>Thai provinces, districts and sub-districts: thai-province-data by Kongvut Sangkla, MIT licence.</source>
            <translation>ข้อมูลจังหวัด อำเภอ และตำบล: thai-province-data โดย Kongvut Sangkla สัญญาอนุญาต MIT</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>ผู้มีส่วนร่วม</translation>
        </message>
        <message>
            <source>Licence: {name}</source>
            <translation>สัญญาอนุญาต: {name}</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>User guide</source>
            <translation>คู่มือการใช้งาน</translation>
        </message>
    </context>
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
