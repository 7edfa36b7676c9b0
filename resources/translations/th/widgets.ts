<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>BEDateEdit</name>
        <message>
            <source>dd/mm/yyyy (BE)</source>
            <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
        </message>
        <message>
            <source>Type the date in BE, e.g. 21/11/2569. Up/Down change the day, Page Up/Down the month, T is today.</source>
            <translation>พิมพ์วันที่เป็น พ.ศ. เช่น 21/11/2569 ลูกศรขึ้น/ลงเปลี่ยนวัน Page Up/Down เปลี่ยนเดือน กด T เพื่อเลือกวันนี้</translation>
        </message>
        <message>
            <source>Pick from a calendar</source>
            <translation>เลือกจากปฏิทิน</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Province</source>
            <translation>จังหวัด</translation>
        </message>
        <message>
            <source>District</source>
            <translation>อำเภอ</translation>
        </message>
        <message>
            <source>Sub-district</source>
            <translation>ตำบล</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>รหัสไปรษณีย์</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>จำนวนเงิน</translation>
        </message>
    </context>
    <context>
        <name>PhoneEdit</name>
        <message>
            <source>e.g. {example}</source>
            <translation>เช่น {example}</translation>
        </message>
    </context>
    <context>
        <name>RowsEditor</name>
        <message>
            <source>Add row</source>
            <translation>เพิ่มแถว</translation>
        </message>
        <message>
            <source>Add a row (Insert)</source>
            <translation>เพิ่มแถว (Insert)</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>ลบแถว</translation>
        </message>
        <message>
            <source>Remove the current row (Ctrl+Delete)</source>
            <translation>ลบแถวที่เลือก (Ctrl+Delete)</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field}: choose a name from the list.</source>
            <translation>{field}: กรุณาเลือกชื่อจากรายการ</translation>
        </message>
    </context>
</TS>
