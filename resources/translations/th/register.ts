<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>CertificateDialog</name>
        <message>
            <source>Edit certificate</source>
            <translation>แก้ไขใบรับรองมาตรฐาน</translation>
        </message>
        <message>
            <source>New certificate</source>
            <translation>เพิ่มใบรับรองมาตรฐาน</translation>
        </message>
        <message>
            <source>FDA food number: 13 digits, e.g. 40-2-01562-2-0015</source>
            <translation>เลขสารบบอาหาร 13 หลัก เช่น 40-2-01562-2-0015</translation>
        </message>
        <message>
            <source>A scan or photo of the certificate, as issued</source>
            <translation>ภาพสแกนหรือภาพถ่ายของใบรับรองฉบับที่ได้รับ</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>มาตรฐาน</translation>
        </message>
        <message>
            <source>Scan or photo</source>
            <translation>ภาพสแกน/ภาพถ่าย</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>ใบรับรองมาตรฐาน</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>มาตรฐาน</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>วันหมดอายุ</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>กำหนด</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Product</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>เลขที่ใบรับรอง</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>หน่วยงานที่ออก</translation>
        </message>
        <message>
            <source>Date issued</source>
            <translation>วันที่ออก</translation>
        </message>
        <message>
            <source>Expiry date</source>
            <translation>วันหมดอายุ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Round year</source>
            <translation>ปีรอบ</translation>
        </message>
        <message>
            <source>Round quarter</source>
            <translation>ไตรมาสของรอบ</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>วันที่ลงทะเบียน</translation>
        </message>
        <message>
            <source>Committee decision date</source>
            <translation>วันที่คณะกรรมการพิจารณา</translation>
        </message>
        <message>
            <source>District network chair</source>
            <translation>ประธานเครือข่ายระดับอำเภอ</translation>
        </message>
        <message>
            <source>Star level</source>
            <translation>ระดับดาว</translation>
        </message>
        <message>
            <source>Score: community strength</source>
            <translation>คะแนนส่วนความเข้มแข็งของชุมชน</translation>
        </message>
        <message>
            <source>Score: marketing and story</source>
            <translation>คะแนนส่วนการตลาดและเรื่องราวผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Score: product quality</source>
            <translation>คะแนนส่วนคุณภาพผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Star certificate number</source>
            <translation>เลขที่ใบประกาศดาว</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>ใช้ได้ถึง</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>ปี</translation>
        </message>
        <message>
            <source>Segment answers</source>
            <translation>คำตอบการจัดกลุ่ม</translation>
        </message>
        <message>
            <source>Renewal window (days)</source>
            <translation>ระยะแจ้งต่ออายุ (วัน)</translation>
        </message>
        <message>
            <source>Years a star level holds</source>
            <translation>จำนวนปีที่ระดับดาวมีผล</translation>
        </message>
        <message>
            <source>Maximum score: community strength</source>
            <translation>คะแนนเต็มส่วนความเข้มแข็งของชุมชน</translation>
        </message>
        <message>
            <source>Maximum score: marketing and story</source>
            <translation>คะแนนเต็มส่วนการตลาดและเรื่องราว</translation>
        </message>
        <message>
            <source>Maximum score: product quality</source>
            <translation>คะแนนเต็มส่วนคุณภาพผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Product standards</source>
            <translation>ด้านมาตรฐานผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Production capacity</source>
            <translation>ด้านศักยภาพการผลิต</translation>
        </message>
        <message>
            <source>Process and technology</source>
            <translation>ด้านกระบวนการผลิตและเทคโนโลยี</translation>
        </message>
        <message>
            <source>Product development</source>
            <translation>ด้านการพัฒนาผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>ด้านตลาด</translation>
        </message>
        <message>
            <source>Valid legal standards</source>
            <translation>จำนวนมาตรฐานตามกฎหมายที่ยังมีผล</translation>
        </message>
        <message>
            <source>An international standard</source>
            <translation>มีมาตรฐานสากล</translation>
        </message>
        <message>
            <source>Product story written</source>
            <translation>เขียนเรื่องราวผลิตภัณฑ์แล้ว</translation>
        </message>
        <message>
            <source>Costing sheet done</source>
            <translation>คิดต้นทุนผลิตภัณฑ์แล้ว</translation>
        </message>
        <message>
            <source>Months with cash-book entries</source>
            <translation>จำนวนเดือนที่ลงบัญชีรับจ่าย (ใน 12 เดือน)</translation>
        </message>
        <message>
            <source>Trade fairs in two years</source>
            <translation>จำนวนงานแสดงสินค้าใน 2 ปี</translation>
        </message>
        <message>
            <source>Packaging and design problems solved</source>
            <translation>แก้ปัญหาบรรจุภัณฑ์และรูปแบบแล้ว</translation>
        </message>
        <message>
            <source>Production capacity that fits</source>
            <translation>ศักยภาพการผลิตที่ผ่านเกณฑ์</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>คะแนนรวม</translation>
        </message>
    </context>
    <context>
        <name>LevelsPage</name>
        <message>
            <source>What a product should show before it is sent to a round for each level. The next-star list compares a product with the column of its next level; a higher level should ask at least what the level below asks.</source>
            <translation>สิ่งที่ผลิตภัณฑ์ควรมีก่อนส่งเข้าคัดสรรในแต่ละระดับดาว หน้า "สิ่งที่ต้องมีเพื่อดาวถัดไป" จะเทียบผลิตภัณฑ์กับคอลัมน์ของระดับถัดไป ระดับที่สูงกว่าควรกำหนดไม่น้อยกว่าระดับที่ต่ำกว่า</translation>
        </message>
        <message>
            <source>Production capacity that fits (none ticked: any):</source>
            <translation>ศักยภาพการผลิตที่ผ่านเกณฑ์ (ถ้าไม่เลือกเลย ถือว่าผ่านทุกข้อ):</translation>
        </message>
    </context>
    <context>
        <name>NextStarPanel</name>
        <message>
            <source>Make a problem…</source>
            <translation>บันทึกเป็นปัญหา…</translation>
        </message>
        <message>
            <source>Log the chosen gap in the problem log with the agency that helps</source>
            <translation>บันทึกช่องว่างที่เลือกลงในทะเบียนปัญหา พร้อมหน่วยงานที่ช่วยเหลือ</translation>
        </message>
        <message>
            <source>Choose a gap and make it a problem to follow up.</source>
            <translation>เลือกรายการแล้วบันทึกเป็นปัญหาเพื่อติดตามแก้ไข</translation>
        </message>
        <message>
            <source>{product} holds five stars, the top level.</source>
            <translation>{product} ได้ระดับ 5 ดาว ซึ่งเป็นระดับสูงสุดแล้ว</translation>
        </message>
        <message>
            <source>{product}: now {now}; for {next} it needs:</source>
            <translation>{product}: ปัจจุบัน {now} หากจะได้ {next} ยังต้อง:</translation>
        </message>
        <message>
            <source>Who helps: {agency}</source>
            <translation>หน่วยงานที่ช่วยเหลือ: {agency}</translation>
        </message>
        <message>
            <source>Nothing missing that the register can see.</source>
            <translation>ไม่พบสิ่งที่ยังขาดจากข้อมูลในทะเบียน</translation>
        </message>
        <message>
            <source>Make a problem</source>
            <translation>บันทึกเป็นปัญหา</translation>
        </message>
        <message>
            <source>Log this in the problem log?

{gap}

Who helps: {agency}</source>
            <translation>บันทึกเรื่องนี้ลงในทะเบียนปัญหาหรือไม่

{gap}

หน่วยงานที่ช่วยเหลือ: {agency}</translation>
        </message>
        <message>
            <source>The problem was logged; follow it up in the Problems tab.</source>
            <translation>บันทึกปัญหาแล้ว ติดตามได้ที่แท็บปัญหา</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>Product register</source>
            <translation>ทะเบียนผลิตภัณฑ์</translation>
        </message>
    </context>
    <context>
        <name>RegisterFilters</name>
        <message>
            <source>Any stars</source>
            <translation>ทุกระดับดาว</translation>
        </message>
        <message>
            <source>Any segment</source>
            <translation>ทุกกลุ่มผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Any certificates</source>
            <translation>มาตรฐานทั้งหมด</translation>
        </message>
        <message>
            <source>To renew or expired</source>
            <translation>ใกล้หมดอายุหรือหมดอายุ</translation>
        </message>
        <message>
            <source>Any registration</source>
            <translation>ทุกสถานะการลงทะเบียน</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>Certificates and registration</source>
            <extracomment>What the page shows changes with these (gaps read problems, books, costing, fairs).</extracomment>
            <translation>มาตรฐานและการลงทะเบียน</translation>
        </message>
        <message>
            <source>Star rounds</source>
            <translation>รอบการคัดสรรดาว</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>กลุ่มผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>What the next star needs</source>
            <translation>สิ่งที่ต้องมีเพื่อดาวถัดไป</translation>
        </message>
        <message>
            <source>Rules…</source>
            <translation>เกณฑ์…</translation>
        </message>
        <message>
            <source>The renewal window, star validity, scores, segment rules and what each star level asks</source>
            <translation>ระยะแจ้งต่ออายุ ระยะเวลาที่ระดับดาวมีผล คะแนน เกณฑ์การจัดกลุ่ม และสิ่งที่แต่ละระดับดาวกำหนด</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>มาตรฐาน</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>เลขที่</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>หน่วยงานที่ออก</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>วันที่ออก</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>วันหมดอายุ</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>สแกน</translation>
        </message>
        <message>
            <source>State</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Add certificate…</source>
            <translation>เพิ่มใบรับรอง…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>แก้ไข…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>รอบ</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>วันที่ลงทะเบียน</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>เอกสาร</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>วันที่พิจารณา</translation>
        </message>
        <message>
            <source>Add registration…</source>
            <translation>เพิ่มการลงทะเบียน…</translation>
        </message>
        <message>
            <source>Certificates and standards</source>
            <translation>ใบรับรองและมาตรฐาน</translation>
        </message>
        <message>
            <source>OTOP registration of the group</source>
            <translation>การลงทะเบียน OTOP ของกลุ่ม</translation>
        </message>
        <message>
            <source>Round (BE)</source>
            <translation>รอบ (พ.ศ.)</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>ระดับดาว</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>ชุมชน</translation>
        </message>
        <message>
            <source>Marketing and story</source>
            <translation>การตลาดและเรื่องราว</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>คุณภาพ</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>รวม</translation>
        </message>
        <message>
            <source>Certificate no.</source>
            <translation>เลขที่ใบประกาศ</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>ใช้ได้ถึง</translation>
        </message>
        <message>
            <source>Add round…</source>
            <translation>เพิ่มรอบคัดสรร…</translation>
        </message>
        <message>
            <source>&lt;b&gt;{group}&lt;/b&gt; · stars: {stars} {year} · segment: {segment}</source>
            <translation>&lt;b&gt;{group}&lt;/b&gt; · ระดับดาว: {stars} {year} · กลุ่ม: {segment}</translation>
        </message>
        <message>
            <source>whole group</source>
            <translation>ทั้งกลุ่ม</translation>
        </message>
        <message>
            <source>renewed</source>
            <translation>ต่ออายุแล้ว</translation>
        </message>
        <message>
            <source>expired {n} days ago</source>
            <translation>หมดอายุมาแล้ว {n} วัน</translation>
        </message>
        <message>
            <source>expires in {n} days</source>
            <translation>หมดอายุในอีก {n} วัน</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>ไม่มีวันหมดอายุ</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>ยังใช้ได้</translation>
        </message>
        <message>
            <source>Delete the chosen record? This cannot be undone.</source>
            <translation>ลบรายการที่เลือกหรือไม่ ลบแล้วเรียกคืนไม่ได้</translation>
        </message>
    </context>
    <context>
        <name>RegistrationDialog</name>
        <message>
            <source>Edit registration</source>
            <translation>แก้ไขการลงทะเบียน</translation>
        </message>
        <message>
            <source>New registration</source>
            <translation>เพิ่มการลงทะเบียน</translation>
        </message>
        <message>
            <source>Producer type</source>
            <translation>ประเภทผู้ผลิต</translation>
        </message>
        <message>
            <source>Link to the community</source>
            <translation>ความเชื่อมโยงกับชุมชน</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>เอกสาร</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>การลงทะเบียน</translation>
        </message>
    </context>
    <context>
        <name>RenewalsPanel</name>
        <message>
            <source>&lt;b&gt;Certificates to renew&lt;/b&gt;: {soon} expiring within {days} days, {lapsed} expired</source>
            <extracomment>The fitted columns (the expiry, the days) are measured on this many rows: a province has hundreds of certificates to renew, and their texts differ only in their numbers.</extracomment>
            <translation>&lt;b&gt;มาตรฐานที่ต้องต่ออายุ&lt;/b&gt;: ใกล้หมดอายุภายใน {days} วัน {soon} รายการ หมดอายุแล้ว {lapsed} รายการ</translation>
        </message>
        <message>
            <source>expired {n} days ago</source>
            <translation>หมดอายุมาแล้ว {n} วัน</translation>
        </message>
        <message>
            <source>in {n} days</source>
            <translation>อีก {n} วัน</translation>
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <source>Edit star round</source>
            <translation>แก้ไขรอบคัดสรรดาว</translation>
        </message>
        <message>
            <source>New star round</source>
            <translation>เพิ่มรอบคัดสรรดาว</translation>
        </message>
        <message>
            <source>Left empty: the end of the round year plus the validity set in the rules</source>
            <translation>เว้นว่างไว้: ใช้สิ้นปีที่คัดสรรบวกอายุตามที่ตั้งไว้ในเกณฑ์</translation>
        </message>
        <message>
            <source>Star round</source>
            <translation>รอบการคัดสรรดาว</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Register rules</source>
            <translation>เกณฑ์ทะเบียนผลิตภัณฑ์</translation>
        </message>
        <message>
            <source> days</source>
            <translation> วัน</translation>
        </message>
        <message>
            <source> years</source>
            <translation> ปี</translation>
        </message>
        <message>
            <source>List certificates expiring within</source>
            <translation>แจ้งมาตรฐานที่จะหมดอายุภายใน</translation>
        </message>
        <message>
            <source>A star level holds after its round year for</source>
            <translation>ระดับดาวมีผลหลังปีที่คัดสรรอีก</translation>
        </message>
        <message>
            <source>Maximum score: community strength</source>
            <translation>คะแนนเต็มส่วนความเข้มแข็งของชุมชน</translation>
        </message>
        <message>
            <source>Maximum score: marketing and story</source>
            <translation>คะแนนเต็มส่วนการตลาดและเรื่องราว</translation>
        </message>
        <message>
            <source>Maximum score: product quality</source>
            <translation>คะแนนเต็มส่วนคุณภาพผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>General</source>
            <translation>ทั่วไป</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>การจัดกลุ่มผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Star levels</source>
            <translation>ระดับดาว</translation>
        </message>
        <message>
            <source>Restore the department's defaults</source>
            <translation>คืนค่าตามเกณฑ์ของกรม</translation>
        </message>
        <message>
            <source>Put the department's figures back in this form; Save keeps them</source>
            <translation>นำค่าตามเกณฑ์ของกรมกลับมาใส่ในแบบฟอร์มนี้ กดบันทึกเพื่อใช้ค่าดังกล่าว</translation>
        </message>
        <message>
            <source>Put the department's renewal window, star validity, scores, segment rules and star-level demands back in this form? What you changed here is lost; the stored rules change only when you save.</source>
            <translation>ต้องการนำระยะแจ้งต่ออายุ ระยะเวลาที่ระดับดาวมีผล คะแนน เกณฑ์การจัดกลุ่ม และสิ่งที่แต่ละระดับดาวกำหนด ตามเกณฑ์ของกรมกลับมาใส่ในแบบฟอร์มนี้หรือไม่ ค่าที่แก้ไขไว้ในแบบฟอร์มนี้จะหายไป ส่วนเกณฑ์ที่บันทึกไว้จะเปลี่ยนเมื่อกดบันทึกเท่านั้น</translation>
        </message>
        <message>
            <source>A star level asks less than the level below:

{list}

Save the rules anyway?</source>
            <translation>มีระดับดาวที่กำหนดน้อยกว่าระดับที่ต่ำกว่า:

{list}

ต้องการบันทึกเกณฑ์นี้หรือไม่</translation>
        </message>
    </context>
    <context>
        <name>SegmentPanel</name>
        <message>
            <source>Assessment</source>
            <translation>การประเมิน</translation>
        </message>
        <message>
            <source>Year (BE)</source>
            <translation>ปี (พ.ศ.)</translation>
        </message>
        <message>
            <source>– choose –</source>
            <translation>– เลือก –</translation>
        </message>
        <message>
            <source>As proposed</source>
            <translation>ตามที่ระบบเสนอ</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>กลุ่มผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>ระบบเสนอ</translation>
        </message>
        <message>
            <source>Save assessment</source>
            <translation>บันทึกการประเมิน</translation>
        </message>
        <message>
            <source>New year</source>
            <translation>ประเมินปีใหม่</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>ปี</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>คำตอบ</translation>
        </message>
        <message>
            <source>Earlier assessments</source>
            <translation>การประเมินที่ผ่านมา</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>ยังไม่ได้</translation>
        </message>
    </context>
    <context>
        <name>SegmentRulesPage</name>
        <message>
            <source>Tick the answers of each dimension that fit a segment. A dimension left unticked takes any answer. A product is proposed D when every rule of D fits, else the first of A, B and C whose every rule fits, else the one that fits most.</source>
            <translation>เลือกคำตอบของแต่ละด้านที่เข้าเกณฑ์ของกลุ่ม ด้านที่ไม่ได้เลือกจะรับทุกคำตอบ ผลิตภัณฑ์จะถูกเสนอเป็นกลุ่ม D เมื่อเข้าเกณฑ์ทุกข้อของกลุ่ม D มิฉะนั้นเป็นกลุ่มแรกใน A, B, C ที่เข้าเกณฑ์ทุกข้อ หรือกลุ่มที่เข้าเกณฑ์มากที่สุด</translation>
        </message>
        <message>
            <source>Untick: any answer of this dimension fits the segment</source>
            <translation>ไม่เลือก: ทุกคำตอบของด้านนี้เข้าเกณฑ์ของกลุ่ม</translation>
        </message>
    </context>
    <context>
        <name>StarLine</name>
        <message>
            <source>No OPC round recorded yet</source>
            <translation>ยังไม่มีการบันทึกรอบคัดสรร OPC</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field}: {number} is already recorded for {product} of {group}.</source>
            <extracomment>The first OPC round (BE 2546): no round is older.</extracomment>
            <translation>{field}: เลข {number} บันทึกไว้แล้วกับ{product} ของ{group}</translation>
        </message>
        <message>
            <source>{field} cannot be in the future.</source>
            <translation>{field} ต้องไม่เป็นวันในอนาคต</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>กรุณากรอก{field}</translation>
        </message>
        <message>
            <source>{field}: the round of {year} has not come yet.</source>
            <translation>{field}: ยังไม่ถึงรอบปี {year}</translation>
        </message>
        <message>
            <source>{field} must come after the date issued.</source>
            <translation>{field} ต้องอยู่หลังวันที่ออก</translation>
        </message>
        <message>
            <source>{field} cannot be before the registration date.</source>
            <translation>{field} ต้องไม่ก่อนวันที่ลงทะเบียน</translation>
        </message>
        <message>
            <source>{field} cannot be before the round year.</source>
            <translation>{field} ต้องไม่ก่อนปีที่คัดสรร</translation>
        </message>
        <message>
            <source>{field}: answer all five dimensions.</source>
            <translation>{field}: กรุณาตอบให้ครบทั้ง 5 ด้าน</translation>
        </message>
        <message>
            <source>Segment {segment}: {field} is ticked but none of its answers. Tick the answers that fit the segment, or untick {field} so that any answer fits.</source>
            <translation>กลุ่ม {segment}: เลือก{field}ไว้แต่ไม่ได้เลือกคำตอบใดเลย กรุณาเลือกคำตอบที่เข้าเกณฑ์ของกลุ่ม หรือยกเลิกการเลือก{field} เพื่อให้รับทุกคำตอบ</translation>
        </message>
        <message>
            <source>Segment {segment} names no dimension, so every product would fit it. Tick the answers that fit it.</source>
            <translation>กลุ่ม {segment} ไม่ได้กำหนดเกณฑ์ด้านใดเลย ผลิตภัณฑ์ทุกรายการจึงจะเข้ากลุ่มนี้ กรุณาเลือกคำตอบที่เข้าเกณฑ์ของกลุ่ม</translation>
        </message>
        <message>
            <source>Segment D names no dimension, so no product would be proposed for it. Tick the answers of a product with no standard yet.</source>
            <translation>กลุ่ม D ไม่ได้กำหนดเกณฑ์ด้านใดเลย จึงจะไม่มีผลิตภัณฑ์ใดถูกเสนอเป็นกลุ่มนี้ กรุณาเลือกคำตอบของผลิตภัณฑ์ที่ยังไม่มีมาตรฐาน</translation>
        </message>
        <message>
            <source>{field}: the form has no answer {answer}.</source>
            <translation>{field}: แบบประเมินไม่มีคำตอบ {answer}</translation>
        </message>
        <message>
            <source>{field}: {level} stars ask {value}, less than {lower} stars ({below}). A higher level must ask at least the score of the level below.</source>
            <translation>{field}: ระดับ {level} กำหนด {value} คะแนน น้อยกว่าระดับ {lower} ({below} คะแนน) ระดับที่สูงกว่าต้องกำหนดคะแนนไม่น้อยกว่าระดับที่ต่ำกว่า</translation>
        </message>
        <message>
            <source>{field}: {level} stars ask less than {lower} stars.</source>
            <translation>{field}: ระดับ {level} กำหนดน้อยกว่าระดับ {lower}</translation>
        </message>
    </context>
</TS>
