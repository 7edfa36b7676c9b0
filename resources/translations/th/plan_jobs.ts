<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Validation</name>
        <message>
            <source>{file}: a report is written as .xlsx (Excel) or .pdf; name the file with one of them.</source>
            <translation>{file}: รายงานบันทึกได้เป็นไฟล์ .xlsx (Excel) หรือ .pdf เท่านั้น โปรดตั้งชื่อไฟล์ให้ลงท้ายด้วยแบบใดแบบหนึ่ง</translation>
        </message>
    </context>
</TS>
