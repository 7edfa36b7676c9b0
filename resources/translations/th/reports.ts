<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Validation</name>
        <message>
            <source>There is nothing to report for {year}: no records of that year. No file was written.</source>
            <translation>ไม่มีข้อมูลที่จะรายงานใน{year} จึงไม่ได้บันทึกไฟล์</translation>
        </message>
    </context>
</TS>
