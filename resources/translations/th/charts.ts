<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>BarChart</name>
        <message>
            <source>Save as PNG…</source>
            <translation>บันทึกเป็นภาพ PNG…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>บันทึกแผนภูมิ</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>ภาพ PNG (*.png)</translation>
        </message>
        <message>
            <source>No data for this period</source>
            <translation>ไม่มีข้อมูลในช่วงเวลานี้</translation>
        </message>
    </context>
</TS>
