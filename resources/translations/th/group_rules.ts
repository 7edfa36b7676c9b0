<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Field</name>
        <message>
            <source>Group name</source>
            <translation>ชื่อกลุ่ม</translation>
        </message>
        <message>
            <source>OTOP registration code</source>
            <translation>รหัสทะเบียน OTOP</translation>
        </message>
        <message>
            <source>Year founded</source>
            <translation>ปีที่ก่อตั้ง</translation>
        </message>
        <message>
            <source>Number of members</source>
            <translation>จำนวนสมาชิก</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>ประธานกลุ่ม</translation>
        </message>
        <message>
            <source>Leader's phone</source>
            <translation>โทรศัพท์ประธานกลุ่ม</translation>
        </message>
        <message>
            <source>Village number (Moo)</source>
            <translation>หมู่ที่</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>หมู่บ้าน</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>รหัสไปรษณีย์</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>ละติจูด</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>ลองจิจูด</translation>
        </message>
        <message>
            <source>Product story</source>
            <translation>เรื่องราวผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>ชื่อผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>ราคา</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>หน่วย</translation>
        </message>
        <message>
            <source>Star level</source>
            <translation>ระดับดาว</translation>
        </message>
        <message>
            <source>Star year</source>
            <translation>ปีที่ได้รับดาว</translation>
        </message>
        <message>
            <source>Member name</source>
            <translation>ชื่อสมาชิก</translation>
        </message>
        <message>
            <source>Member's phone</source>
            <translation>โทรศัพท์สมาชิก</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>ยอดยกมา</translation>
        </message>
        <message>
            <source>Opening date</source>
            <translation>วันที่เริ่มบัญชี</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field} has five digits, e.g. 40000.</source>
            <translation>{field} มี 5 หลัก เช่น 40000</translation>
        </message>
        <message>
            <source>Give both latitude and longitude, or neither.</source>
            <translation>กรุณากรอกทั้งละติจูดและลองจิจูด หรือเว้นว่างทั้งคู่</translation>
        </message>
        <message>
            <source>The GPS point is outside Thailand; latitude is 5 to 21 and longitude 97 to 106.</source>
            <translation>พิกัด GPS อยู่นอกประเทศไทย ละติจูดต้องอยู่ระหว่าง 5 ถึง 21 และลองจิจูด 97 ถึง 106</translation>
        </message>
        <message>
            <source>{field} ({count}) is less than the {listed} members listed.</source>
            <translation>{field} ({count}) น้อยกว่าจำนวนสมาชิกที่มีรายชื่อ ({listed} คน)</translation>
        </message>
        <message>
            <source>Give the year in which the star level was awarded.</source>
            <translation>กรุณาระบุปีที่ได้รับระดับดาว</translation>
        </message>
    </context>
</TS>
