<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>App</name>
        <message>
            <source>Demo data</source>
            <translation>ข้อมูลตัวอย่าง</translation>
        </message>
        <message>
            <source>Load demo data to try OTOP Desk? It fills this empty database with example groups and a year of records.</source>
            <translation>ต้องการโหลดข้อมูลตัวอย่างเพื่อทดลองใช้ OTOP Desk หรือไม่? ระบบจะเติมกลุ่มตัวอย่างและบันทึกย้อนหลังหนึ่งปีลงในฐานข้อมูลว่างนี้</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>When</source>
            <translation>วันเวลา</translation>
        </message>
        <message>
            <source>By</source>
            <translation>โดย</translation>
        </message>
        <message>
            <source>What</source>
            <translation>การแก้ไข</translation>
        </message>
        <message>
            <source>Fields changed</source>
            <translation>ข้อมูลที่เปลี่ยน</translation>
        </message>
    </context>
    <context>
        <name>ConflictFields</name>
        <message>
            <source>met</source>
            <translation>ได้พบ</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>ไม่ได้พบ</translation>
        </message>
        <message>
            <source>{amount} baht</source>
            <translation>{amount} บาท</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ไม่ใช่</translation>
        </message>
        <message>
            <source>record {key}</source>
            <translation>รายการ {key}</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <source>Community producer group</source>
            <translation>กลุ่มผู้ผลิตชุมชน</translation>
        </message>
        <message>
            <source>Single-owner community producer</source>
            <translation>ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>วิสาหกิจขนาดกลางและขนาดย่อม (SME)</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>อาหาร</translation>
        </message>
        <message>
            <source>Beverages</source>
            <translation>เครื่องดื่ม</translation>
        </message>
        <message>
            <source>Textiles and garments</source>
            <translation>ผ้า เครื่องแต่งกาย</translation>
        </message>
        <message>
            <source>Household goods, decoration and souvenirs</source>
            <translation>ของใช้ ของตกแต่ง ของที่ระลึก</translation>
        </message>
        <message>
            <source>Herbal products (not food)</source>
            <translation>สมุนไพรที่ไม่ใช่อาหาร</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>ดำเนินการอยู่</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>หยุดดำเนินการ</translation>
        </message>
        <message>
            <source>TCPS (community product standard)</source>
            <translation>มผช.</translation>
        </message>
        <message>
            <source>FDA</source>
            <translation>อย.</translation>
        </message>
        <message>
            <source>GMP</source>
            <translation>GMP</translation>
        </message>
        <message>
            <source>Halal</source>
            <translation>ฮาลาล</translation>
        </message>
        <message>
            <source>Other standard</source>
            <translation>มาตรฐานอื่น</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>ประธาน</translation>
        </message>
        <message>
            <source>Vice-chair</source>
            <translation>รองประธาน</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>เลขานุการ</translation>
        </message>
        <message>
            <source>Treasurer</source>
            <translation>เหรัญญิก</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>กรรมการ</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>ที่ปรึกษา</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>สมาชิก</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>ติดตามผล</translation>
        </message>
        <message>
            <source>Encouragement and listening to problems</source>
            <translation>ให้กำลังใจและรับฟังปัญหา</translation>
        </message>
        <message>
            <source>Business-plan support</source>
            <translation>สนับสนุนการทำแผนธุรกิจ</translation>
        </message>
        <message>
            <source>Pre-fair selection</source>
            <translation>คัดเลือกก่อนงานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>ประเมินผล</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>อื่น ๆ</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>การอบรม</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <source>Trade fair</source>
            <translation>งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>การตลาด</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>การผลิต</translation>
        </message>
        <message>
            <source>Raw materials</source>
            <translation>วัตถุดิบ</translation>
        </message>
        <message>
            <source>Product design</source>
            <translation>การออกแบบผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Packaging</source>
            <translation>บรรจุภัณฑ์</translation>
        </message>
        <message>
            <source>Product standards</source>
            <translation>มาตรฐานผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Finance and bookkeeping</source>
            <translation>การเงินและบัญชี</translation>
        </message>
        <message>
            <source>Funding and budget</source>
            <translation>แหล่งเงินทุน/งบประมาณ</translation>
        </message>
        <message>
            <source>Management and business plan</source>
            <translation>การบริหารจัดการ/แผนธุรกิจ</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>เครือข่าย</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>เทคโนโลยี</translation>
        </message>
        <message>
            <source>Labour skills</source>
            <translation>ทักษะแรงงาน</translation>
        </message>
        <message>
            <source>Member commitment</source>
            <translation>ความร่วมมือของสมาชิก</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>ต่ำ</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>ปานกลาง</translation>
        </message>
        <message>
            <source>High</source>
            <translation>สูง</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิดอยู่</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>กำลังดำเนินการ</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>แก้ไขแล้ว</translation>
        </message>
        <message>
            <source>Closed unresolved</source>
            <translation>ปิดโดยยังไม่แก้ไข</translation>
        </message>
        <message>
            <source>The group itself</source>
            <translation>กลุ่มเอง</translation>
        </message>
        <message>
            <source>Community-development office</source>
            <translation>สำนักงานพัฒนาชุมชน</translation>
        </message>
        <message>
            <source>Provincial industry office</source>
            <translation>สำนักงานอุตสาหกรรมจังหวัด</translation>
        </message>
        <message>
            <source>Food and Drug Administration</source>
            <translation>สำนักงานคณะกรรมการอาหารและยา (อย.)</translation>
        </message>
        <message>
            <source>Commerce office</source>
            <translation>สำนักงานพาณิชย์จังหวัด</translation>
        </message>
        <message>
            <source>BAAC</source>
            <translation>ธ.ก.ส.</translation>
        </message>
        <message>
            <source>University</source>
            <translation>มหาวิทยาลัย</translation>
        </message>
        <message>
            <source>Other agency</source>
            <translation>หน่วยงานอื่น</translation>
        </message>
        <message>
            <source>Marketing strategy</source>
            <translation>กลยุทธ์การตลาด</translation>
        </message>
        <message>
            <source>Sales promotion</source>
            <translation>การส่งเสริมการขาย</translation>
        </message>
        <message>
            <source>Standards and certification</source>
            <translation>มาตรฐานและการรับรอง</translation>
        </message>
        <message>
            <source>Bookkeeping and costing</source>
            <translation>การทำบัญชีและต้นทุน</translation>
        </message>
        <message>
            <source>Business plan</source>
            <translation>แผนธุรกิจ</translation>
        </message>
        <message>
            <source>Knowledge network (KBO)</source>
            <translation>เครือข่ายองค์ความรู้ (KBO)</translation>
        </message>
        <message>
            <source>Online selling and technology</source>
            <translation>การขายออนไลน์และเทคโนโลยี</translation>
        </message>
        <message>
            <source>Study visit</source>
            <translation>ศึกษาดูงาน</translation>
        </message>
        <message>
            <source>Hands-on workshop</source>
            <translation>ฝึกปฏิบัติ (ทดลองทำ)</translation>
        </message>
        <message>
            <source>Knowledge forum</source>
            <translation>เวทีให้ความรู้</translation>
        </message>
        <message>
            <source>Network meeting</source>
            <translation>ประชุมเครือข่าย</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>รายรับ</translation>
        </message>
        <message>
            <source>Expense</source>
            <translation>รายจ่าย</translation>
        </message>
        <message>
            <source>Shop sales</source>
            <translation>ขายหน้าร้าน</translation>
        </message>
        <message>
            <source>Fair sales</source>
            <translation>ขายในงานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Online sales</source>
            <translation>ขายออนไลน์</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>ขายตามคำสั่งซื้อ</translation>
        </message>
        <message>
            <source>Member contributions</source>
            <translation>เงินสมทบจากสมาชิก</translation>
        </message>
        <message>
            <source>Grants and support</source>
            <translation>เงินอุดหนุนและสนับสนุน</translation>
        </message>
        <message>
            <source>Other income</source>
            <translation>รายรับอื่น</translation>
        </message>
        <message>
            <source>Wages</source>
            <translation>ค่าแรง</translation>
        </message>
        <message>
            <source>Utilities</source>
            <translation>ค่าน้ำ ค่าไฟ</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>ค่าขนส่ง</translation>
        </message>
        <message>
            <source>Booth and rent</source>
            <translation>ค่าบูธและค่าเช่า</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>อุปกรณ์</translation>
        </message>
        <message>
            <source>Standards and certification fees</source>
            <translation>ค่าขอรับรองมาตรฐาน</translation>
        </message>
        <message>
            <source>Other expense</source>
            <translation>รายจ่ายอื่น</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>วัตถุดิบ</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>ค่าแรง</translation>
        </message>
        <message>
            <source>Overheads</source>
            <translation>ค่าใช้จ่ายอื่นในการผลิต</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>สมัคร</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>ได้รับคัดเลือก</translation>
        </message>
        <message>
            <source>Reserve</source>
            <translation>สำรอง</translation>
        </message>
        <message>
            <source>Not selected</source>
            <translation>ไม่ได้รับคัดเลือก</translation>
        </message>
        <message>
            <source>Activity photo</source>
            <translation>ภาพกิจกรรม</translation>
        </message>
        <message>
            <source>Product photo</source>
            <translation>ภาพผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Production site</source>
            <translation>สถานที่ผลิต</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>ก่อนแก้ไข</translation>
        </message>
        <message>
            <source>After</source>
            <translation>หลังแก้ไข</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>ยังไม่ได้ขอความยินยอม</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>ได้รับความยินยอมแล้ว</translation>
        </message>
        <message>
            <source>Consent refused</source>
            <translation>ไม่ยินยอม</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;แฟ้ม</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Please check</source>
            <translation>กรุณาตรวจสอบ</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>RecordHistory</name>
        <message>
            <source>History…</source>
            <translation>ประวัติการแก้ไข…</translation>
        </message>
        <message>
            <source>What was changed in this record, when, and on which computer</source>
            <translation>ดูว่าข้อมูลนี้เปลี่ยนอะไร เมื่อใด ที่เครื่องใด</translation>
        </message>
        <message>
            <source>created</source>
            <translation>สร้าง</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>แก้ไข</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>this computer</source>
            <extracomment>The column that names a record to a person: the first of these it has.</extracomment>
            <translation>เครื่องนี้</translation>
        </message>
        <message>
            <source>Record history</source>
            <translation>ประวัติการแก้ไขข้อมูล</translation>
        </message>
        <message>
            <source>Type a date, a field or a value to filter (Ctrl+F)</source>
            <translation>พิมพ์วันที่ ชื่อช่อง หรือค่า เพื่อกรอง (Ctrl+F)</translation>
        </message>
        <message>
            <source>{kind} {name}: {count} changes recorded. Select one to see every field it changed.</source>
            <translation>{kind} {name}: มีการเปลี่ยนแปลงที่บันทึกไว้ {count} ครั้ง เลือกรายการเพื่อดูทุกช่องที่เปลี่ยน</translation>
        </message>
        <message>
            <source>{kind} {name}: no change of it is recorded.</source>
            <translation>{kind} {name}: ไม่มีบันทึกการเปลี่ยนแปลง</translation>
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>New</source>
            <extracomment>The kinds of record the tab shows: a change to any of them reads it again. Those whose change may add or remove rows (the rest only changes what rows say): only they make a paged table count its rows again. None: the same as ``KINDS``. Free text beyond this width elides (its tooltip shows it whole). The exchanged table (``exchange.spec``) of the rows: adds the History… action. The kind of record the tab lists, for the navigator (``open_record``).</extracomment>
            <translation>เพิ่ม</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>แก้ไข</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>ค้นหา (Ctrl+F)</translation>
        </message>
        <message>
            <source>Showing {shown} of {total}</source>
            <translation>แสดง {shown} จาก {total} รายการ</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field}: '{text}' is not a date; type day/month/year in BE, e.g. 21/11/2569.</source>
            <extracomment>Months before 2500 BE (1957) hold no OTOP work: such a month typed is a mistake.</extracomment>
            <translation>{field}: '{text}' ไม่ใช่วันที่ กรุณาพิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 21/11/2569</translation>
        </message>
        <message>
            <source>{field}: {year} is not a leap year, February has 28 days.</source>
            <translation>{field}: ปี {year} ไม่ใช่ปีอธิกสุรทิน เดือนกุมภาพันธ์มี 28 วัน</translation>
        </message>
        <message>
            <source>{field} must be between {lo} and {hi}.</source>
            <translation>{field} ต้องอยู่ระหว่าง {lo} ถึง {hi}</translation>
        </message>
        <message>
            <source>'{text}' is not a month; use YYYY-MM, e.g. 2569-10.</source>
            <translation>'{text}' ไม่ใช่เดือน กรุณาใช้รูปแบบ ปปปป-ดด เช่น 2569-10</translation>
        </message>
        <message>
            <source>'{text}' is outside the years OTOP Desk keeps (2500 to {last} BE).</source>
            <translation>'{text}' อยู่นอกช่วงปีที่ OTOP Desk เก็บได้ (พ.ศ. 2500 ถึง {last})</translation>
        </message>
        <message>
            <source>Row {row}: </source>
            <translation>แถวที่ {row}: </translation>
        </message>
        <message>
            <source>{field}: '{text}' is not an amount of baht; type e.g. 1,250.50.</source>
            <translation>{field}: '{text}' ไม่ใช่จำนวนเงิน กรุณาพิมพ์ เช่น 1,250.50</translation>
        </message>
        <message>
            <source>{field}: the amount is too large (at most 1,000,000,000 baht).</source>
            <translation>{field}: จำนวนเงินมากเกินไป (ไม่เกิน 1,000,000,000 บาท)</translation>
        </message>
        <message>
            <source>{field} cannot be negative.</source>
            <translation>{field} ต้องไม่ติดลบ</translation>
        </message>
        <message>
            <source>{field}: '{text}' is not a number.</source>
            <translation>{field}: '{text}' ไม่ใช่ตัวเลข</translation>
        </message>
        <message>
            <source>{field}: use at most {places} decimal places.</source>
            <translation>{field}: ใช้ทศนิยมไม่เกิน {places} ตำแหน่ง</translation>
        </message>
        <message>
            <source>{field} must be at least {minimum}.</source>
            <translation>{field} ต้องไม่น้อยกว่า {minimum}</translation>
        </message>
        <message>
            <source>{field} contains a control character; remove it.</source>
            <translation>{field} มีอักขระควบคุมที่มองไม่เห็น กรุณาลบออก</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>กรุณากรอก{field}</translation>
        </message>
        <message>
            <source>{field} is too long: {length} characters, at most {max} allowed.</source>
            <translation>{field} ยาวเกินไป: {length} ตัวอักษร ได้ไม่เกิน {max} ตัวอักษร</translation>
        </message>
        <message>
            <source>{field}: type a Thai phone number of 9 or 10 digits, e.g. 081-234-5678 or 02-123-4567.</source>
            <translation>{field}: กรุณาพิมพ์หมายเลขโทรศัพท์ 9 หรือ 10 หลัก เช่น 081-234-5678 หรือ 02-123-4567</translation>
        </message>
        <message>
            <source>… and {count} more, marked in the form.</source>
            <translation>… และอีก {count} รายการ ดูที่ช่องที่ทำเครื่องหมายไว้ในแบบฟอร์ม</translation>
        </message>
    </context>
</TS>
