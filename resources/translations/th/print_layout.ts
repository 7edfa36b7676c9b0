<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Printing</name>
        <message>
            <source>The printer or PDF file cannot be opened.</source>
            <extracomment>Documents that each start on a new page (e.g. one per visit of a month), laid out one by one: Qt's text layout crashes on a single document of many hundred pages. When given, ``html`` is not used.</extracomment>
            <translation>เปิดเครื่องพิมพ์หรือไฟล์ PDF ไม่ได้</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>หน้า {page} จาก {pages}</translation>
        </message>
    </context>
</TS>
