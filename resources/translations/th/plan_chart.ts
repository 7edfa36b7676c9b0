<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>PlanChart</name>
        <message>
            <source>Sales target</source>
            <translation>เป้าหมายยอดขาย</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>ยอดขาย</translation>
        </message>
        <message>
            <source>Sales more than 30% below target</source>
            <translation>ยอดขายต่ำกว่าเป้าหมายเกินร้อยละ 30</translation>
        </message>
        <message>
            <source>baht</source>
            <translation>บาท</translation>
        </message>
    </context>
</TS>
