<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Field</name>
        <message>
            <source>Caption</source>
            <translation>คำบรรยายภาพ</translation>
        </message>
    </context>
    <context>
        <name>GroupPhotos</name>
        <message>
            <source>Use a photo's GPS as the group's location</source>
            <translation>ใช้พิกัด GPS ของภาพเป็นที่ตั้งกลุ่ม</translation>
        </message>
        <message>
            <source>Production site</source>
            <translation>สถานที่ผลิต</translation>
        </message>
        <message>
            <source>Product photos</source>
            <translation>ภาพผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Save the group with its products first; then each product can have photos.</source>
            <translation>บันทึกกลุ่มพร้อมผลิตภัณฑ์ก่อน จึงจะเพิ่มภาพของแต่ละผลิตภัณฑ์ได้</translation>
        </message>
        <message>
            <source>Group location</source>
            <translation>ที่ตั้งกลุ่ม</translation>
        </message>
        <message>
            <source>The location was taken from the photo {file}. Save the group to keep it.</source>
            <translation>ใช้พิกัดจากภาพ {file} แล้ว กรุณาบันทึกกลุ่มเพื่อเก็บพิกัดนี้</translation>
        </message>
        <message>
            <source>None of these photos has a GPS point in Thailand. Photos keep their location when the phone's camera has location turned on.</source>
            <translation>ไม่มีภาพใดที่มีพิกัด GPS ในประเทศไทย ภาพจะมีพิกัดเมื่อเปิดการระบุตำแหน่งในกล้องของโทรศัพท์</translation>
        </message>
    </context>
    <context>
        <name>PhotoCheck</name>
        <message>
            <source>missing</source>
            <extracomment>Photos read whole at each start (see ``storage.check_store``).</extracomment>
            <translation>ไม่พบไฟล์</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>ไฟล์เสียหาย</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… และอีก {count} ภาพ</translation>
        </message>
        <message>
            <source>Photos missing or damaged</source>
            <translation>ภาพถ่ายหายหรือเสียหาย</translation>
        </message>
        <message>
            <source>{count} photo(s) of this database are missing from its photo folder or damaged:

{list}

The records are safe. To bring the photos back, restore a recent backup (File menu), or attach the photos again from the phone.</source>
            <translation>ภาพถ่าย {count} ภาพของฐานข้อมูลนี้ไม่พบในโฟลเดอร์ภาพหรือเสียหาย:

{list}

ข้อมูลรายการต่าง ๆ ยังอยู่ครบ หากต้องการนำภาพกลับมา ให้กู้คืนจากข้อมูลสำรองล่าสุด (เมนูแฟ้ม) หรือแนบภาพจากโทรศัพท์อีกครั้ง</translation>
        </message>
    </context>
    <context>
        <name>PhotoStrip</name>
        <message>
            <source>Add photos</source>
            <extracomment>What the file picker offers (Pillow reads them; HEIC through pillow-heif).</extracomment>
            <translation>เพิ่มภาพ</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>ภาพถ่าย</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>แผนที่</translation>
        </message>
        <message>
            <source>Open this location on OpenStreetMap</source>
            <translation>เปิดตำแหน่งนี้ในแผนที่ออนไลน์</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>เพิ่มภาพ…</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>วาง</translation>
        </message>
        <message>
            <source>Paste a picture or photo files copied elsewhere (Ctrl+V)</source>
            <translation>วางภาพหรือไฟล์ภาพที่คัดลอกไว้ (Ctrl+V)</translation>
        </message>
        <message>
            <source>View…</source>
            <translation>ดูภาพ…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Kind of the photos added next</source>
            <translation>ประเภทของภาพที่จะเพิ่ม</translation>
        </message>
        <message>
            <source>Drag photos here from a folder or a phone, or use Add photos…. Photos are kept at a size fit for printing (about 300 KB each).</source>
            <translation>ลากภาพจากโฟลเดอร์หรือโทรศัพท์มาวางที่นี่ หรือกด เพิ่มภาพ… ระบบจะย่อภาพให้มีขนาดพอสำหรับพิมพ์ (ประมาณ 300 KB ต่อภาพ)</translation>
        </message>
        <message>
            <source>Taken {date}</source>
            <translation>ถ่ายเมื่อ {date}</translation>
        </message>
        <message>
            <source>Shows people up close without their consent: not printed or shared</source>
            <translation>มีภาพบุคคลระยะใกล้ที่ยังไม่ได้รับความยินยอม จึงไม่พิมพ์และไม่ส่งต่อ</translation>
        </message>
        <message>
            <source>The clipboard holds no picture or photo file.</source>
            <translation>ไม่มีภาพหรือไฟล์ภาพในคลิปบอร์ด</translation>
        </message>
        <message>
            <source>Photos not added</source>
            <translation>ไม่ได้เพิ่มภาพ</translation>
        </message>
        <message>
            <source>Delete photos</source>
            <translation>ลบภาพ</translation>
        </message>
        <message>
            <source>Delete {count} photo(s) from this record? They are removed when the form is saved.</source>
            <translation>ต้องการลบภาพ {count} ภาพออกจากรายการนี้หรือไม่ ภาพจะถูกลบเมื่อบันทึกแบบฟอร์ม</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewer</name>
        <message>
            <source>Photos</source>
            <translation>ภาพถ่าย</translation>
        </message>
        <message>
            <source>What the photo shows, e.g. members dyeing indigo cloth</source>
            <translation>ภาพนี้แสดงอะไร เช่น สมาชิกกลุ่มย้อมผ้าคราม</translation>
        </message>
        <message>
            <source>Shows people up close (their faces can be recognised)</source>
            <translation>มีภาพบุคคลระยะใกล้ (จำหน้าได้)</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ ก่อนหน้า</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>ถัดไป ▶</translation>
        </message>
        <message>
            <source>Delete photo…</source>
            <translation>ลบภาพ…</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>คำบรรยายภาพ</translation>
        </message>
        <message>
            <source>Consent of the people shown</source>
            <translation>ความยินยอมของบุคคลในภาพ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <source>Photo {n} of {count}</source>
            <translation>ภาพที่ {n} จาก {count}</translation>
        </message>
        <message>
            <source>Taken {date}</source>
            <translation>ถ่ายเมื่อ {date}</translation>
        </message>
        <message>
            <source>Where it was taken (map)</source>
            <translation>สถานที่ถ่ายภาพ (แผนที่)</translation>
        </message>
        <message>
            <source>Not printed or shared until the people shown consent.</source>
            <translation>จะไม่พิมพ์และไม่ส่งต่อจนกว่าบุคคลในภาพจะให้ความยินยอม</translation>
        </message>
        <message>
            <source>The photo file is missing or damaged.</source>
            <translation>ไฟล์ภาพหายไปหรือเสียหาย</translation>
        </message>
        <message>
            <source>The photo cannot be shown.</source>
            <translation>แสดงภาพนี้ไม่ได้</translation>
        </message>
        <message>
            <source>Delete photo</source>
            <translation>ลบภาพ</translation>
        </message>
        <message>
            <source>Delete this photo from the record? It is removed when the form is saved.</source>
            <translation>ต้องการลบภาพนี้ออกจากรายการหรือไม่ ภาพจะถูกลบเมื่อบันทึกแบบฟอร์ม</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{file} is empty (0 bytes). Nothing was added.</source>
            <extracomment>82, not the usual 85: no difference on paper, and a year's 500 phone photos stay under 150 MB (about 286 KB each for 12-megapixel photos with a phone's grain). Larger than any photo a phone or camera writes (RAW files are not photos here). Pixels a JPEG may claim: it is decoded at 1/2 to 1/8 scale, so 200 MP stays small. Pixels decoded whole (any other format, or a JPEG after its reduction): 50 MP is 150 MB as RGB, more than a 48-MP phone's HEIC and about what a laptop spares. What Pillow itself refuses (it warns at half of it, which is made an error below).</extracomment>
            <translation>ไฟล์ {file} ว่างเปล่า (0 ไบต์) จึงไม่ได้เพิ่มภาพ</translation>
        </message>
        <message>
            <source>{file} is not a photo OTOP Desk can read (JPEG, HEIC, PNG or WebP). Nothing was added.</source>
            <translation>ไฟล์ {file} ไม่ใช่ภาพถ่ายที่ OTOP Desk อ่านได้ (JPEG, HEIC, PNG หรือ WebP) จึงไม่ได้เพิ่มภาพ</translation>
        </message>
        <message>
            <source>{file} is damaged or incomplete (perhaps copied only in part). Nothing was added; copy it from the phone again.</source>
            <translation>ไฟล์ {file} เสียหายหรือไม่ครบ (อาจคัดลอกมาไม่หมด) จึงไม่ได้เพิ่มภาพ กรุณาคัดลอกจากโทรศัพท์อีกครั้ง</translation>
        </message>
        <message>
            <source>{file} is {size} MB, more than the {limit} MB a photo may be. Nothing was added.</source>
            <translation>ไฟล์ {file} มีขนาด {size} MB เกินขนาดสูงสุดของภาพ {limit} MB จึงไม่ได้เพิ่มภาพ</translation>
        </message>
        <message>
            <source>{file} is {width} × {height} pixels ({megapixels} megapixels), more than OTOP Desk reads safely ({limit} megapixels). Nothing was added.</source>
            <translation>ไฟล์ {file} มีขนาด {width} × {height} พิกเซล ({megapixels} ล้านพิกเซล) เกินกว่าที่ OTOP Desk อ่านได้อย่างปลอดภัย ({limit} ล้านพิกเซล) จึงไม่ได้เพิ่มภาพ</translation>
        </message>
        <message>
            <source>{file} disappeared while it was being read (was the phone or USB drive unplugged?). Nothing was added.</source>
            <translation>ไฟล์ {file} หายไประหว่างการอ่าน (โทรศัพท์หรือแฟลชไดรฟ์ถูกถอดออกหรือไม่) จึงไม่ได้เพิ่มภาพ</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}. Nothing was added.</source>
            <translation>อ่านไฟล์ {file} ไม่ได้: {reason} จึงไม่ได้เพิ่มภาพ</translation>
        </message>
        <message>
            <source>A photo of this record cannot be marked as “{kind}”.</source>
            <extracomment>The kinds of photo each kind of record takes; the first is its default.</extracomment>
            <translation>ภาพของรายการนี้กำหนดเป็น “{kind}” ไม่ได้</translation>
        </message>
        <message>
            <source>The photo {file} is no longer in the photo folder; add it again.</source>
            <extracomment>Unused files younger than this are left alone: a form still open may be about to attach them.</extracomment>
            <translation>ไม่พบภาพ {file} ในโฟลเดอร์ภาพแล้ว กรุณาเพิ่มภาพอีกครั้ง</translation>
        </message>
    </context>
</TS>
