<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Workbook</name>
        <message>
            <source>Yes</source>
            <extracomment>(translators' generation, value's type, value, enum class) -&gt; label: a province's sheets ask some 100,000 times for a few dozen labels, and each translation searches the translators. (The type too: members of two enums may be equal as strings.)</extracomment>
            <translation>ใช่</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ไม่ใช่</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Income or expense</source>
            <translation>รับ/จ่าย</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>หมวด</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <source>Document no.</source>
            <translation>เลขที่เอกสาร</translation>
        </message>
        <message>
            <source>Paid to / received from</source>
            <translation>จ่ายให้/รับจาก</translation>
        </message>
        <message>
            <source>Income (baht)</source>
            <translation>รายรับ (บาท)</translation>
        </message>
        <message>
            <source>Expense (baht)</source>
            <translation>รายจ่าย (บาท)</translation>
        </message>
        <message>
            <source>Cash book</source>
            <translation>บัญชีรับ-จ่าย</translation>
        </message>
        <message>
            <source>Brought forward (baht)</source>
            <translation>ยอดยกมา (บาท)</translation>
        </message>
        <message>
            <source>Net (baht)</source>
            <translation>รับสูง(ต่ำ)กว่าจ่าย (บาท)</translation>
        </message>
        <message>
            <source>Closing balance (baht)</source>
            <translation>ยอดคงเหลือสิ้นเดือน (บาท)</translation>
        </message>
        <message>
            <source>Books by group</source>
            <translation>บัญชีรายกลุ่ม</translation>
        </message>
        <message>
            <source>Amount (baht)</source>
            <translation>จำนวนเงิน (บาท)</translation>
        </message>
        <message>
            <source>Books by category</source>
            <translation>บัญชีรายหมวด</translation>
        </message>
        <message>
            <source>Trade fair</source>
            <translation>งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>วันเริ่ม</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>วันสิ้นสุด</translation>
        </message>
        <message>
            <source>Booths</source>
            <translation>จำนวนบูธ</translation>
        </message>
        <message>
            <source>Groups applied</source>
            <translation>กลุ่มที่สมัคร</translation>
        </message>
        <message>
            <source>Groups selected</source>
            <translation>กลุ่มที่ได้รับคัดเลือก</translation>
        </message>
        <message>
            <source>Sales (baht)</source>
            <translation>ยอดขาย (บาท)</translation>
        </message>
        <message>
            <source>Trade fairs</source>
            <translation>งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>ผลการคัดเลือก</translation>
        </message>
        <message>
            <source>Booth no.</source>
            <translation>เลขบูธ</translation>
        </message>
        <message>
            <source>Sale date</source>
            <translation>วันที่ขาย</translation>
        </message>
        <message>
            <source>Fair sales</source>
            <translation>ยอดขายในงาน</translation>
        </message>
        <message>
            <source>found this month</source>
            <translation>พบในเดือนนี้</translation>
        </message>
        <message>
            <source>acted on this month</source>
            <translation>ดำเนินการในเดือนนี้</translation>
        </message>
        <message>
            <source>resolved this month</source>
            <translation>แก้ไขสำเร็จในเดือนนี้</translation>
        </message>
        <message>
            <source>still open</source>
            <translation>ยังไม่ได้แก้ไข</translation>
        </message>
        <message>
            <source>changed since the last export</source>
            <translation>แก้ไขหลังการส่งออกครั้งล่าสุด</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>ชื่อกลุ่ม</translation>
        </message>
        <message>
            <source>OTOP code</source>
            <translation>รหัส OTOP</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>มาตรฐาน</translation>
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
            <source>Certificates</source>
            <translation>ใบรับรองมาตรฐาน</translation>
        </message>
        <message>
            <source>Round year (BE)</source>
            <translation>ปีรอบ (พ.ศ.)</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>ไตรมาส</translation>
        </message>
        <message>
            <source>Producer type</source>
            <translation>ประเภทผู้ผลิต</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>วันที่ลงทะเบียน</translation>
        </message>
        <message>
            <source>Link to the community</source>
            <translation>ความเชื่อมโยงกับชุมชน</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>เอกสารที่มี</translation>
        </message>
        <message>
            <source>Documents missing</source>
            <translation>เอกสารที่ยังขาด</translation>
        </message>
        <message>
            <source>District network chair</source>
            <translation>ประธานเครือข่ายระดับอำเภอ</translation>
        </message>
        <message>
            <source>Committee decision date</source>
            <translation>วันที่คณะกรรมการพิจารณา</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>การลงทะเบียน OTOP</translation>
        </message>
        <message>
            <source>Round (BE)</source>
            <translation>รอบคัดสรร (พ.ศ.)</translation>
        </message>
        <message>
            <source>Community strength</source>
            <translation>ความเข้มแข็งของชุมชน</translation>
        </message>
        <message>
            <source>Marketing and story</source>
            <translation>การตลาดและเรื่องราว</translation>
        </message>
        <message>
            <source>Product quality</source>
            <translation>คุณภาพผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>คะแนนรวม</translation>
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
            <source>Star rounds</source>
            <translation>รอบคัดสรรดาว</translation>
        </message>
        <message>
            <source>Year (BE)</source>
            <translation>ปี (พ.ศ.)</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>กลุ่มผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>การจัดกลุ่มผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Product type</source>
            <translation>ประเภทผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Moo</source>
            <translation>หมู่ที่</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>หมู่บ้าน</translation>
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
            <source>Leader</source>
            <translation>ประธานกลุ่ม</translation>
        </message>
        <message>
            <source>Leader's phone</source>
            <translation>โทรศัพท์ประธานกลุ่ม</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>จำนวนสมาชิก</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Products and star levels</source>
            <translation>ผลิตภัณฑ์และระดับดาว</translation>
        </message>
        <message>
            <source>Highest star level</source>
            <translation>ระดับดาวสูงสุด</translation>
        </message>
        <message>
            <source>Business plan</source>
            <translation>มีแผนธุรกิจ</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>แก้ไขล่าสุด</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>กลุ่มผู้ผลิต</translation>
        </message>
        <message>
            <source>{name} ({stars} stars, {year})</source>
            <translation>{name} ({stars} ดาว ปี {year})</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Price (baht)</source>
            <translation>ราคา (บาท)</translation>
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
            <source>Star level</source>
            <translation>ระดับดาว</translation>
        </message>
        <message>
            <source>Star year (BE)</source>
            <translation>ปีที่ได้ดาว (พ.ศ.)</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>ผลิตภัณฑ์</translation>
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
            <source>Officers</source>
            <translation>เจ้าหน้าที่</translation>
        </message>
        <message>
            <source>People met</source>
            <translation>จำนวนผู้ที่พบ</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>สิ่งที่พบ</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>คำแนะนำ</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>นัดเยี่ยมครั้งต่อไป</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>การติดตามหลังการเยี่ยม</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>สิ่งที่ต้องติดตาม</translation>
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
            <source>Done on</source>
            <translation>วันที่เสร็จ</translation>
        </message>
        <message>
            <source>Found on</source>
            <translation>วันที่พบ</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>ความรุนแรง</translation>
        </message>
        <message>
            <source>Listed because</source>
            <translation>เหตุที่แสดง</translation>
        </message>
        <message>
            <source>Who helps</source>
            <translation>ผู้ช่วยเหลือ</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>กำหนดแก้ไขเสร็จ</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>วันที่แก้ไขสำเร็จ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>จำนวนครั้งที่ดำเนินการ</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Action date</source>
            <translation>วันที่ดำเนินการ</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>การดำเนินการ</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation>ผู้ดำเนินการ</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>ผล</translation>
        </message>
        <message>
            <source>Problem actions</source>
            <translation>การแก้ไขปัญหา</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ชื่อหลักสูตร</translation>
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
            <source>Organiser</source>
            <translation>ผู้จัด</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>วิทยากร</translation>
        </message>
        <message>
            <source>Budget (baht)</source>
            <translation>งบประมาณ (บาท)</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>ผู้ลงทะเบียน</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>เข้าร่วม</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>การฝึกอบรม</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>การฝึกอบรม</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>คณะกรรมการ</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>ระดับ</translation>
        </message>
        <message>
            <source>Term starts</source>
            <translation>วาระเริ่ม</translation>
        </message>
        <message>
            <source>Term ends</source>
            <translation>วาระสิ้นสุด</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>ลำดับ</translation>
        </message>
        <message>
            <source>Appointed by</source>
            <translation>แต่งตั้งโดย</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ-สกุล</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Group / organisation</source>
            <translation>กลุ่ม/หน่วยงาน</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>คณะกรรมการเครือข่าย</translation>
        </message>
        <message>
            <source>Meeting no.</source>
            <translation>ครั้งที่</translation>
        </message>
        <message>
            <source>Committee or group</source>
            <translation>คณะกรรมการหรือกลุ่ม</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>มาประชุม</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>ไม่มา</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>ผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>ระเบียบวาระ</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>มติที่ประชุม</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>วันที่มีมติ</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>ลำดับ</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>ดาว</translation>
        </message>
        <message>
            <source>Past fair sales (baht)</source>
            <translation>ยอดขายงานที่ผ่านมา (บาท)</translation>
        </message>
        <message>
            <source>Times picked in 12 months</source>
            <translation>ได้รับคัดเลือกใน 12 เดือน (ครั้ง)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>คะแนน</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>ผลตามคะแนน</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>มติ</translation>
        </message>
        <message>
            <source>Departs from the ranking</source>
            <translation>ต่างจากผลตามคะแนน</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <source>Booth selections</source>
            <translation>การคัดเลือกบูธ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Pre-test score</source>
            <translation>คะแนนก่อนอบรม</translation>
        </message>
        <message>
            <source>Post-test score</source>
            <translation>คะแนนหลังอบรม</translation>
        </message>
        <message>
            <source>Satisfaction (1-5)</source>
            <translation>ความพึงพอใจ (1-5)</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>ผู้เข้ารับการอบรม</translation>
        </message>
        <message>
            <source>Producer groups</source>
            <translation>กลุ่มผู้ผลิต</translation>
        </message>
        <message>
            <source>Active groups</source>
            <translation>กลุ่มที่ยังดำเนินการ</translation>
        </message>
        <message>
            <source>Problems listed</source>
            <translation>ปัญหาที่แสดง</translation>
        </message>
        <message>
            <source>Problems found this month</source>
            <translation>ปัญหาที่พบในเดือนนี้</translation>
        </message>
        <message>
            <source>Problems resolved this month</source>
            <translation>ปัญหาที่แก้ไขสำเร็จในเดือนนี้</translation>
        </message>
        <message>
            <source>Problems still open</source>
            <translation>ปัญหาที่ยังไม่ได้แก้ไข</translation>
        </message>
        <message>
            <source>Training participants</source>
            <translation>ผู้เข้ารับการอบรม</translation>
        </message>
        <message>
            <source>Participants who attended</source>
            <translation>ผู้ที่เข้าร่วมอบรมจริง</translation>
        </message>
        <message>
            <source>Cash-book income</source>
            <translation>รายรับในบัญชี</translation>
        </message>
        <message>
            <source>Cash-book expense</source>
            <translation>รายจ่ายในบัญชี</translation>
        </message>
        <message>
            <source>Cash-book net</source>
            <translation>รายรับสูง(ต่ำ)กว่ารายจ่าย</translation>
        </message>
        <message>
            <source>Trade-fair sales</source>
            <translation>ยอดขายในงานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Only records added or changed since the last export</source>
            <translation>เฉพาะรายการที่เพิ่มหรือแก้ไขหลังการส่งออกครั้งล่าสุด</translation>
        </message>
        <message>
            <source>The whole month</source>
            <translation>ข้อมูลทั้งเดือน</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>ผู้รายงาน</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>Exported at</source>
            <translation>วันเวลาที่ส่งออก</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>เนื้อหา</translation>
        </message>
        <message>
            <source>Personal data left out</source>
            <translation>ไม่รวมข้อมูลส่วนบุคคล</translation>
        </message>
        <message>
            <source>Records in the file</source>
            <translation>จำนวนรายการในไฟล์</translation>
        </message>
        <message>
            <source>OTOP Desk monthly report</source>
            <translation>รายงานประจำเดือน OTOP Desk</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>จำนวน</translation>
        </message>
        <message>
            <source>Summary</source>
            <extracomment>Adds the machine-readable sheets to a workbook; returns how many changes they carry. zlib's level for the file's parts: a province's month is some 50 MB of XML, which the default level (6) took 0.7 s to pack, level 3 a third of that for a file a fifth larger (level 1 made it two thirds larger).</extracomment>
            <translation>สรุป</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>ประเภทข้อมูล</translation>
        </message>
        <message>
            <source>New or whole records</source>
            <translation>ข้อมูลใหม่หรือทั้งระเบียน</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>การแก้ไข</translation>
        </message>
        <message>
            <source>Deletions</source>
            <translation>การลบ</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>วันที่จัดทำ</translation>
        </message>
    </context>
</TS>
