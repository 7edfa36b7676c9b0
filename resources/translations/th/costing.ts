<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Field</name>
        <message>
            <source>Sheet title</source>
            <translation>ชื่อแผ่นต้นทุน</translation>
        </message>
        <message>
            <source>Sheet date</source>
            <translation>วันที่คำนวณ</translation>
        </message>
        <message>
            <source>Units per batch</source>
            <translation>จำนวนที่ผลิตได้ต่อรอบ</translation>
        </message>
        <message>
            <source>Selling price</source>
            <translation>ราคาขาย</translation>
        </message>
        <message>
            <source>Cost item</source>
            <translation>รายการต้นทุน</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>ปริมาณ</translation>
        </message>
        <message>
            <source>Cost per unit of the item</source>
            <translation>ราคาต่อหน่วยของรายการ</translation>
        </message>
        <message>
            <source>Shared over batches</source>
            <translation>เฉลี่ยกี่รอบการผลิต</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>หน่วย</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field} cannot be negative.</source>
            <translation>{field} ต้องไม่ติดลบ</translation>
        </message>
        <message>
            <source>{field}: use at most {places} decimal places.</source>
            <translation>{field}: ใช้ทศนิยมไม่เกิน {places} ตำแหน่ง</translation>
        </message>
    </context>
</TS>
