<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>PhotoPages</name>
        <message>
            <source>Taken {date}</source>
            <extracomment>Photo box (CSS pixels, 96 per inch) per layout: columns, rows, width, height.</extracomment>
            <translation>ถ่ายเมื่อ {date}</translation>
        </message>
        <message>
            <source>Activity photos</source>
            <translation>ภาพกิจกรรม</translation>
        </message>
        <message>
            <source>{count} photo(s) of people up close without their consent are not printed.</source>
            <translation>ภาพบุคคลระยะใกล้ที่ยังไม่ได้รับความยินยอม {count} ภาพ ไม่ได้พิมพ์ไว้ในเอกสารนี้</translation>
        </message>
    </context>
</TS>
