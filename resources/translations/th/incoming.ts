<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Validation</name>
        <message>
            <source>{file}: {record} {id} cannot be imported: {rule}. Nothing was imported.</source>
            <extracomment>A sender's clock may run a little fast; a stamp further ahead is refused. Stamps before this are not OTOP Desk's (it did not exist). Numbers with a range of their own, as the forms check them; other integers are counts (0 to a billion). Money that may be below zero: a group may start its books in debt.</extracomment>
            <translation>{file}: นำเข้า{record} {id} ไม่ได้ เพราะ{rule} จึงไม่ได้นำเข้าข้อมูลใดเลย</translation>
        </message>
        <message>
            <source>{file} leaves out data that is not personal ({columns}); nothing was imported.</source>
            <translation>{file} ตัดข้อมูลที่ไม่ใช่ข้อมูลส่วนบุคคลออกไป ({columns}) จึงไม่ได้นำเข้าข้อมูลใดเลย</translation>
        </message>
        <message>
            <source>it is stamped {stamp} UTC, in the future</source>
            <translation>มีเวลาบันทึก {stamp} UTC ซึ่งอยู่ในอนาคต</translation>
        </message>
        <message>
            <source>it is stamped {stamp}, before OTOP Desk existed</source>
            <translation>มีเวลาบันทึก {stamp} ซึ่งเก่ากว่าที่ OTOP Desk จะมีอยู่</translation>
        </message>
        <message>
            <source>a time is given without its time zone</source>
            <translation>มีเวลาที่ไม่ระบุเขตเวลา</translation>
        </message>
        <message>
            <source>the amount in {column} is beyond any real amount</source>
            <translation>จำนวนเงินใน {column} สูงเกินกว่าที่เป็นไปได้</translation>
        </message>
        <message>
            <source>the amount in {column} is below zero</source>
            <translation>จำนวนเงินใน {column} ติดลบ</translation>
        </message>
        <message>
            <source>the date in {column} ({date}) is outside the years OTOP Desk keeps</source>
            <translation>วันที่ใน {column} ({date}) อยู่นอกช่วงปีที่ OTOP Desk เก็บได้</translation>
        </message>
        <message>
            <source>{column} is {value}, outside {lo} to {hi}</source>
            <translation>{column} มีค่า {value} ซึ่งอยู่นอกช่วง {lo} ถึง {hi}</translation>
        </message>
        <message>
            <source>{column} has more decimal places than it may</source>
            <translation>{column} มีทศนิยมมากเกินกว่าที่กำหนด</translation>
        </message>
        <message>
            <source>the text in {column} is longer than {limit} characters</source>
            <translation>ข้อความใน {column} ยาวเกิน {limit} ตัวอักษร</translation>
        </message>
        <message>
            <source>the text in {column} holds a character that is not text ({code})</source>
            <translation>ข้อความใน {column} มีอักขระที่ไม่ใช่ตัวหนังสือ ({code})</translation>
        </message>
        <message>
            <source>the standard {key} is unknown to this version</source>
            <translation>โปรแกรมรุ่นนี้ไม่รู้จักมาตรฐาน {key}</translation>
        </message>
        <message>
            <source>a person met is not a record id</source>
            <translation>ข้อมูลผู้ที่ได้พบไม่ใช่รหัสระเบียนที่ถูกต้อง</translation>
        </message>
        <message>
            <source>it refers to a record ({id}) that exists neither here nor in the import</source>
            <translation>อ้างถึงระเบียน ({id}) ที่ไม่มีทั้งในฐานข้อมูลนี้และในไฟล์ที่นำเข้า</translation>
        </message>
    </context>
</TS>
