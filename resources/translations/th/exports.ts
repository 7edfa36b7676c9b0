<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Columns</name>
        <message>
            <source>Record type</source>
            <translation>ประเภทข้อมูล</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <source>Changed here</source>
            <translation>แก้ไขในเครื่องนี้เมื่อ</translation>
        </message>
        <message>
            <source>Changed in the workbook</source>
            <translation>แก้ไขในไฟล์เมื่อ</translation>
        </message>
        <message>
            <source>Workbook</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>การตัดสินใจ</translation>
        </message>
        <message>
            <source>Differences (here → workbook)</source>
            <translation>ความแตกต่าง (เครื่องนี้ → ไฟล์)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>ส่งออกเมื่อ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <source>Records in file</source>
            <translation>จำนวนรายการ</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>เนื้อหา</translation>
        </message>
        <message>
            <source>Uploaded</source>
            <translation>ส่งแล้วเมื่อ</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Conflicts</source>
            <translation>ข้อมูลขัดแย้ง</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>กรอง</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>ใช้ของเครื่องนี้ (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Take theirs</source>
            <translation>ใช้ของในไฟล์ (&amp;T)</translation>
        </message>
        <message>
            <source>Keep &amp;all mine</source>
            <translation>ใช้ของเครื่องนี้ทั้งหมด (&amp;A)</translation>
        </message>
        <message>
            <source>Take a&amp;ll theirs</source>
            <translation>ใช้ของในไฟล์ทั้งหมด (&amp;L)</translation>
        </message>
        <message>
            <source>{count} records were changed both in this database and in the workbook since they were last merged. Choose for each which copy to keep (double-click switches). Records you leave as "keep mine" stay as they are here.</source>
            <translation>มี {count} รายการที่ถูกแก้ไขทั้งในฐานข้อมูลนี้และในไฟล์ นับตั้งแต่การรวมข้อมูลครั้งล่าสุด กรุณาเลือกว่าจะใช้ข้อมูลชุดใดในแต่ละรายการ (ดับเบิลคลิกเพื่อสลับ) รายการที่เลือก "ใช้ของเครื่องนี้" จะคงไว้ตามเดิม</translation>
        </message>
        <message>
            <source>&amp;Import with these decisions</source>
            <translation>นำเข้าตามที่เลือก (&amp;I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>take theirs</source>
            <translation>ใช้ของในไฟล์</translation>
        </message>
        <message>
            <source>keep mine</source>
            <translation>ใช้ของเครื่องนี้</translation>
        </message>
    </context>
    <context>
        <name>ConflictFields</name>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>OTOP code</source>
            <translation>รหัส OTOP</translation>
        </message>
        <message>
            <source>Producer type</source>
            <translation>ประเภทผู้ผลิต</translation>
        </message>
        <message>
            <source>Product type</source>
            <translation>ประเภทผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Year founded</source>
            <translation>ปีที่ก่อตั้ง</translation>
        </message>
        <message>
            <source>Number of members</source>
            <translation>จำนวนสมาชิก</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>ประธานกลุ่ม</translation>
        </message>
        <message>
            <source>Leader's phone</source>
            <translation>โทรศัพท์ประธานกลุ่ม</translation>
        </message>
        <message>
            <source>Village number (Moo)</source>
            <translation>หมู่ที่</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>หมู่บ้าน</translation>
        </message>
        <message>
            <source>Sub-district code</source>
            <translation>รหัสตำบล</translation>
        </message>
        <message>
            <source>Sub-district</source>
            <translation>ตำบล</translation>
        </message>
        <message>
            <source>District</source>
            <translation>อำเภอ</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>จังหวัด</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>รหัสไปรษณีย์</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>ละติจูด</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>ลองจิจูด</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Product story</source>
            <translation>เรื่องราวผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Business plan</source>
            <translation>แผนธุรกิจ</translation>
        </message>
        <message>
            <source>Production plan</source>
            <translation>แผนการผลิต</translation>
        </message>
        <message>
            <source>Marketing plan</source>
            <translation>แผนการตลาด</translation>
        </message>
        <message>
            <source>Management plan</source>
            <translation>แผนการบริหารจัดการ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>ยอดยกมา</translation>
        </message>
        <message>
            <source>Opening date</source>
            <translation>วันที่เริ่มบัญชี</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>วันที่สร้าง</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>ราคา</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>หน่วย</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>มาตรฐาน</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>ระดับดาว</translation>
        </message>
        <message>
            <source>Star year</source>
            <translation>ปีที่ได้รับดาว</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Visit date</source>
            <translation>วันที่เยี่ยม</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>วัตถุประสงค์</translation>
        </message>
        <message>
            <source>Officers present</source>
            <translation>เจ้าหน้าที่ที่ไปเยี่ยม</translation>
        </message>
        <message>
            <source>People met</source>
            <translation>ผู้ที่พบ</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>สิ่งที่พบจากการเยี่ยม</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>คำแนะนำที่ให้</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>นัดเยี่ยมครั้งต่อไป</translation>
        </message>
        <message>
            <source>Members met</source>
            <translation>สมาชิกที่พบ</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>รายละเอียด</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>กำหนดเสร็จ</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>ผู้รับผิดชอบ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>เสร็จแล้ว</translation>
        </message>
        <message>
            <source>Date done</source>
            <translation>วันที่ทำเสร็จ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ชื่อเรื่อง</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>รูปแบบ</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>วันที่เริ่ม</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>วันที่สิ้นสุด</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>วิทยากร</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>ผู้จัด</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>งบประมาณ</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>การอบรม</translation>
        </message>
        <message>
            <source>Order in the list</source>
            <translation>ลำดับในรายชื่อ</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>สมาชิก</translation>
        </message>
        <message>
            <source>Group / organisation</source>
            <translation>กลุ่ม/หน่วยงาน</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>การเข้าร่วม</translation>
        </message>
        <message>
            <source>Pre-test score</source>
            <translation>คะแนนก่อนการอบรม</translation>
        </message>
        <message>
            <source>Post-test score</source>
            <translation>คะแนนหลังการอบรม</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>ความพึงพอใจ</translation>
        </message>
        <message>
            <source>Where found</source>
            <translation>แหล่งที่พบ</translation>
        </message>
        <message>
            <source>Date found</source>
            <translation>วันที่พบปัญหา</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>ความรุนแรง</translation>
        </message>
        <message>
            <source>Who helps</source>
            <translation>ผู้ช่วยเหลือ</translation>
        </message>
        <message>
            <source>Helpers' details</source>
            <translation>รายละเอียดผู้ช่วยเหลือ</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>วันที่เป้าหมาย</translation>
        </message>
        <message>
            <source>Date settled</source>
            <translation>วันที่ปิดเรื่อง</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ผลการแก้ไข</translation>
        </message>
        <message>
            <source>Why it was closed</source>
            <translation>เหตุผลที่ปิดเรื่อง</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Action date</source>
            <translation>วันที่ดำเนินการ</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation>ผู้ดำเนินการ</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>ผลที่ได้</translation>
        </message>
        <message>
            <source>Booths</source>
            <translation>จำนวนบูธ</translation>
        </message>
        <message>
            <source>Trade fair</source>
            <translation>งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Booth number</source>
            <translation>เลขที่บูธ</translation>
        </message>
        <message>
            <source>Fair entry</source>
            <translation>การสมัครงานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Sale date</source>
            <translation>วันที่ขาย</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>จำนวนเงิน</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Income or expense</source>
            <translation>รับ/จ่าย</translation>
        </message>
        <message>
            <source>Receipt or document no.</source>
            <translation>เลขที่ใบเสร็จหรือเอกสาร</translation>
        </message>
        <message>
            <source>Paid to or received from</source>
            <translation>รับจากหรือจ่ายให้</translation>
        </message>
        <message>
            <source>Fair sale</source>
            <translation>ยอดขายในงานแสดงสินค้า</translation>
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
        <message>
            <source>{count} people</source>
            <translation>{count} คน</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export month</source>
            <translation>ส่งออกข้อมูลประจำเดือน</translation>
        </message>
        <message>
            <source>BE </source>
            <translation>พ.ศ. </translation>
        </message>
        <message>
            <source>Where to save the workbook</source>
            <translation>ตำแหน่งที่จะบันทึกไฟล์</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>เลือกที่เก็บ… (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Only records added or changed since the last export</source>
            <translation>เฉพาะรายการที่เพิ่มหรือแก้ไขหลังการส่งออกครั้งล่าสุด (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Leave out personal data (names and phone numbers of members and participants, PDPA)</source>
            <translation>ไม่รวมข้อมูลส่วนบุคคล (ชื่อและเบอร์โทรศัพท์ของสมาชิกและผู้เข้ารับการอบรม ตาม PDPA) (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>เดือน (&amp;M):</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>ไฟล์ (&amp;F):</translation>
        </message>
        <message>
            <source>Not yet exported:</source>
            <translation>ยังไม่ได้ส่งออก:</translation>
        </message>
        <message>
            <source>Filter earlier exports</source>
            <translation>กรองรายการส่งออก</translation>
        </message>
        <message>
            <source>Mark as &amp;uploaded</source>
            <translation>ทำเครื่องหมายว่าส่งแล้ว (&amp;U)</translation>
        </message>
        <message>
            <source>Earlier exports (bold: not yet uploaded):</source>
            <translation>การส่งออกที่ผ่านมา (ตัวหนา: ยังไม่ได้ส่ง):</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>ส่งออก (&amp;E)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>&amp;Only records added or changed since the last export ({count})</source>
            <translation>เฉพาะรายการที่เพิ่มหรือแก้ไขหลังการส่งออกครั้งล่าสุด ({count} รายการ) (&amp;O)</translation>
        </message>
        <message>
            <source>Save the workbook as</source>
            <translation>บันทึกไฟล์เป็น</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>ไฟล์ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Mark as uploaded</source>
            <translation>ทำเครื่องหมายว่าส่งแล้ว</translation>
        </message>
        <message>
            <source>Select an export in the list first.</source>
            <translation>กรุณาเลือกรายการส่งออกในตารางก่อน</translation>
        </message>
        <message>
            <source>{file} already exists. Replace it?</source>
            <translation>มีไฟล์ {file} อยู่แล้ว ต้องการบันทึกทับหรือไม่</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>ส่งออกไม่สำเร็จ</translation>
        </message>
        <message>
            <source>The workbook could not be written: {reason}</source>
            <translation>เขียนไฟล์ไม่ได้: {reason}</translation>
        </message>
        <message>
            <source>{count} records were written to {file}.</source>
            <translation>บันทึก {count} รายการลงในไฟล์ {file} แล้ว</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>กำลังเขียนไฟล์…</translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <source>Not yet exported: {count}</source>
            <translation>ยังไม่ได้ส่งออก: {count} รายการ</translation>
        </message>
        <message>
            <source>Everything exported</source>
            <translation>ส่งออกครบแล้ว</translation>
        </message>
        <message>
            <source>Records added or changed since the last export (File → Export month…)</source>
            <translation>รายการที่เพิ่มหรือแก้ไขหลังการส่งออกครั้งล่าสุด (แฟ้ม → ส่งออกข้อมูลประจำเดือน…)</translation>
        </message>
        <message>
            <source>E&amp;xport month…</source>
            <translation>ส่งออกข้อมูลประจำเดือน… (&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Import workbooks…</source>
            <translation>นำเข้าไฟล์ข้อมูล… (&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Nothing exported yet: all {count} records are new.</source>
            <translation>ยังไม่เคยส่งออก: ทั้ง {count} รายการเป็นข้อมูลใหม่</translation>
        </message>
        <message>
            <source>{count} records added or changed since the last export ({when}).</source>
            <translation>มี {count} รายการที่เพิ่มหรือแก้ไขหลังการส่งออกครั้งล่าสุด ({when})</translation>
        </message>
        <message>
            <source>changes only</source>
            <translation>เฉพาะที่เปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>whole month</source>
            <translation>ทั้งเดือน</translation>
        </message>
        <message>
            <source>without personal data</source>
            <translation>ไม่รวมข้อมูลส่วนบุคคล</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>File</source>
            <translation>ไฟล์</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Added: {count} × {what}</source>
            <translation>เพิ่ม: {what} {count} รายการ</translation>
        </message>
        <message>
            <source>Updated: {count} × {what}</source>
            <translation>ปรับปรุง: {what} {count} รายการ</translation>
        </message>
        <message>
            <source>Unchanged: {count}</source>
            <translation>ไม่เปลี่ยนแปลง: {count} รายการ</translation>
        </message>
        <message>
            <source>Kept this database's copy: {count}</source>
            <translation>คงข้อมูลของเครื่องนี้ไว้: {count} รายการ</translation>
        </message>
        <message>
            <source>Older copies ignored: {count}</source>
            <translation>ข้ามข้อมูลที่เก่ากว่า: {count} รายการ</translation>
        </message>
        <message>
            <source>Import workbooks</source>
            <translation>นำเข้าไฟล์ข้อมูล</translation>
        </message>
        <message>
            <source>Merging the workbooks…</source>
            <translation>กำลังรวมข้อมูลจากไฟล์…</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>ไฟล์ Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field} is required.</source>
            <translation>กรุณากรอก{field}</translation>
        </message>
    </context>
</TS>
