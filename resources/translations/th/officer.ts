<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Field</name>
        <message>
            <source>Officer's name</source>
            <translation>ชื่อ-สกุลเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>District</source>
            <translation>อำเภอ</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>จังหวัด</translation>
        </message>
        <message>
            <source>Office phone</source>
            <translation>โทรศัพท์หน่วยงาน</translation>
        </message>
    </context>
</TS>
