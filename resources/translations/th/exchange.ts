<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Field</name>
        <message>
            <source>People met</source>
            <translation>จำนวนผู้ที่พบ</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>ชื่อกลุ่ม</translation>
        </message>
        <message>
            <source>Members met</source>
            <extracomment>Column -&gt; label (the "Field" context), for conflicts and a record's history. How a record reaches its producer group: a column holding the group id, or (column, parent table) to follow; None for records of no single group. Order of the month report's rows.</extracomment>
            <translation>สมาชิกที่ได้พบ</translation>
        </message>
        <message>
            <source>OTOP registration code</source>
            <translation>รหัสทะเบียน OTOP</translation>
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
            <source>Committee name</source>
            <translation>ชื่อคณะกรรมการ</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>ระดับ</translation>
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
            <source>Committee</source>
            <translation>คณะกรรมการ</translation>
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
            <source>Appointed by</source>
            <translation>แต่งตั้งโดย</translation>
        </message>
        <message>
            <source>Committee term</source>
            <translation>วาระคณะกรรมการ</translation>
        </message>
        <message>
            <source>Committee member's name</source>
            <translation>ชื่อกรรมการ</translation>
        </message>
        <message>
            <source>Committee member's phone</source>
            <translation>โทรศัพท์ของกรรมการ</translation>
        </message>
        <message>
            <source>Meeting no.</source>
            <translation>ครั้งที่</translation>
        </message>
        <message>
            <source>Meeting date</source>
            <translation>วันที่ประชุม</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>เวลาเริ่ม</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>เวลาเลิก</translation>
        </message>
        <message>
            <source>Chaired by</source>
            <translation>ประธานในที่ประชุม</translation>
        </message>
        <message>
            <source>Minutes taken by</source>
            <translation>ผู้จดรายงานการประชุม</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>ระเบียบวาระ</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>สาระการประชุม</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>มติที่ประชุม</translation>
        </message>
        <message>
            <source>Committee member</source>
            <translation>กรรมการ</translation>
        </message>
        <message>
            <source>Attendee's name</source>
            <translation>ชื่อผู้เข้าประชุม</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>มาประชุม</translation>
        </message>
        <message>
            <source>Guest (not on the committee)</source>
            <translation>ผู้เข้าร่วมประชุม (ไม่ใช่กรรมการ)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>วันที่มีมติ</translation>
        </message>
        <message>
            <source>Booth selection</source>
            <translation>การคัดเลือกบูธ</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>เกณฑ์</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>น้ำหนักคะแนน</translation>
        </message>
        <message>
            <source>Valid certificates</source>
            <translation>มาตรฐานที่ยังไม่หมดอายุ</translation>
        </message>
        <message>
            <source>Past fair sales</source>
            <translation>ยอดขายในงานที่ผ่านมา</translation>
        </message>
        <message>
            <source>Times picked in 12 months</source>
            <translation>จำนวนครั้งที่ได้รับคัดเลือกใน 12 เดือน</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>คะแนน</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>ลำดับ</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>ผลตามคะแนน</translation>
        </message>
        <message>
            <source>Committee's decision</source>
            <translation>มติคณะกรรมการ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <source>What was heard</source>
            <translation>สิ่งที่ได้รับฟัง</translation>
        </message>
        <message>
            <source>Best sellers</source>
            <translation>สินค้าขายดี</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>บทเรียน</translation>
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
            <translation>มีแผนธุรกิจ</translation>
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
            <source>Link to the community</source>
            <translation>ความเชื่อมโยงกับชุมชน</translation>
        </message>
        <message>
            <source>ID card</source>
            <translation>บัตรประชาชน</translation>
        </message>
        <message>
            <source>House registration</source>
            <translation>สำเนาทะเบียนบ้าน</translation>
        </message>
        <message>
            <source>Product photo</source>
            <translation>ภาพถ่ายผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Production-site photo</source>
            <translation>ภาพถ่ายสถานที่ผลิต</translation>
        </message>
        <message>
            <source>Founding record</source>
            <translation>บันทึกการจัดตั้งกลุ่ม</translation>
        </message>
        <message>
            <source>Meeting record</source>
            <translation>บันทึกการประชุม</translation>
        </message>
        <message>
            <source>Network chair's letter</source>
            <translation>หนังสือจากประธานเครือข่าย</translation>
        </message>
        <message>
            <source>District network chair</source>
            <translation>ประธานเครือข่ายระดับอำเภอ</translation>
        </message>
        <message>
            <source>Registration status</source>
            <translation>สถานะการลงทะเบียน</translation>
        </message>
        <message>
            <source>Committee decision date</source>
            <translation>วันที่คณะกรรมการพิจารณา</translation>
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
            <source>Segment</source>
            <translation>กลุ่มผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>ใบรับรองมาตรฐาน</translation>
        </message>
        <message>
            <source>Kind of photo</source>
            <translation>ประเภทภาพ</translation>
        </message>
        <message>
            <source>Photo file</source>
            <translation>ไฟล์ภาพ</translation>
        </message>
        <message>
            <source>File size</source>
            <translation>ขนาดไฟล์</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>ความกว้าง</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>ความสูง</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>คำบรรยายภาพ</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>ชื่อไฟล์</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>วันที่ถ่าย</translation>
        </message>
        <message>
            <source>Shows people up close</source>
            <translation>มีภาพบุคคลระยะใกล้</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>ความยินยอม</translation>
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
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>ชื่อผลิตภัณฑ์</translation>
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
            <source>Star level</source>
            <translation>ระดับดาว</translation>
        </message>
        <message>
            <source>Star year</source>
            <translation>ปีที่ได้รับดาว</translation>
        </message>
        <message>
            <source>Member name</source>
            <translation>ชื่อสมาชิก</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Member's phone</source>
            <translation>โทรศัพท์สมาชิก</translation>
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
            <source>Visit</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>สิ่งที่ต้องดำเนินการต่อ</translation>
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
            <translation>ชื่อการอบรม</translation>
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
            <source>Speakers / trainers</source>
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
            <translation>การฝึกอบรม</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>ลำดับ</translation>
        </message>
        <message>
            <source>Group member</source>
            <translation>สมาชิกกลุ่ม</translation>
        </message>
        <message>
            <source>Participant's name</source>
            <translation>ชื่อผู้เข้ารับการอบรม</translation>
        </message>
        <message>
            <source>Group / organisation</source>
            <translation>กลุ่ม/หน่วยงาน</translation>
        </message>
        <message>
            <source>Participant's phone</source>
            <translation>โทรศัพท์ผู้เข้ารับการอบรม</translation>
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
            <source>Satisfaction (1–5)</source>
            <translation>ความพึงพอใจ (1–5)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>แหล่งที่พบปัญหา</translation>
        </message>
        <message>
            <source>Date found</source>
            <translation>วันที่พบปัญหา</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>หมวด</translation>
        </message>
        <message>
            <source>Problem description</source>
            <translation>รายละเอียดปัญหา</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>ความรุนแรง</translation>
        </message>
        <message>
            <source>Agencies helping</source>
            <translation>หน่วยงานที่ช่วยเหลือ</translation>
        </message>
        <message>
            <source>Other agencies</source>
            <translation>หน่วยงานอื่นที่ร่วมแก้ไข</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>วันที่เป้าหมาย</translation>
        </message>
        <message>
            <source>Resolution date</source>
            <translation>วันที่แก้ไขเสร็จ/ปิดเรื่อง</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ผลการแก้ไข</translation>
        </message>
        <message>
            <source>Reason for closing</source>
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
            <source>What was done</source>
            <translation>สิ่งที่ดำเนินการ</translation>
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
            <source>Fair name</source>
            <translation>ชื่องาน</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>วันแรกของงาน</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>วันสุดท้ายของงาน</translation>
        </message>
        <message>
            <source>Number of booths</source>
            <translation>จำนวนบูธ</translation>
        </message>
        <message>
            <source>Trade fair</source>
            <translation>งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>ผลการคัดเลือก</translation>
        </message>
        <message>
            <source>Booth no.</source>
            <translation>เลขที่บูธ</translation>
        </message>
        <message>
            <source>Fair entry</source>
            <translation>การสมัครงานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Sales of the day</source>
            <translation>ยอดขายประจำวัน</translation>
        </message>
        <message>
            <source>Income or expense</source>
            <translation>รับ/จ่าย</translation>
        </message>
        <message>
            <source>Cash-book category</source>
            <translation>หมวดรายการ</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>จำนวนเงิน</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>รายการ</translation>
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
            <source>Fiscal year</source>
            <translation>ปีงบประมาณ</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ฉบับที่</translation>
        </message>
        <message>
            <source>Date agreed</source>
            <translation>วันที่เห็นชอบ</translation>
        </message>
        <message>
            <source>Drafted with</source>
            <translation>จัดทำร่วมกับ</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>บทสรุป</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>จุดแข็ง</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>จุดอ่อน</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>โอกาส</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>อุปสรรค</translation>
        </message>
        <message>
            <source>Production plan notes</source>
            <translation>แผนการผลิต (เพิ่มเติม)</translation>
        </message>
        <message>
            <source>Target customers</source>
            <translation>กลุ่มลูกค้าเป้าหมาย</translation>
        </message>
        <message>
            <source>Sales channels</source>
            <translation>ช่องทางการจำหน่าย</translation>
        </message>
        <message>
            <source>Marketing plan notes</source>
            <translation>แผนการตลาด (เพิ่มเติม)</translation>
        </message>
        <message>
            <source>Management plan notes</source>
            <translation>แผนการบริหารจัดการ (เพิ่มเติม)</translation>
        </message>
        <message>
            <source>Bookkeeping</source>
            <translation>การจัดทำบัญชี</translation>
        </message>
        <message>
            <source>Finance plan notes</source>
            <translation>แผนการเงิน (เพิ่มเติม)</translation>
        </message>
        <message>
            <source>Business plan version</source>
            <translation>ฉบับของแผนธุรกิจ</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Capacity a month</source>
            <translation>กำลังการผลิตต่อเดือน</translation>
        </message>
        <message>
            <source>Cost per unit</source>
            <translation>ต้นทุนต่อหน่วย</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>Sales target</source>
            <translation>เป้าหมายยอดขาย</translation>
        </message>
        <message>
            <source>Part of the plan</source>
            <translation>ส่วนของแผน</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>รายละเอียด</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ผู้รับผิดชอบ</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Network committee</source>
            <extracomment>The OTOP network (issue 23). Committees, their terms and meetings are of no single group (like trainings); a seat, an attendee or a note of a group reaches that group.</extracomment>
            <translation>คณะกรรมการเครือข่าย</translation>
        </message>
        <message>
            <source>Committee term</source>
            <translation>วาระคณะกรรมการ</translation>
        </message>
        <message>
            <source>Committee member</source>
            <translation>กรรมการ</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>ระเบียบวาระ</translation>
        </message>
        <message>
            <source>Meeting attendance</source>
            <translation>ผู้เข้าประชุม</translation>
        </message>
        <message>
            <source>Meeting follow-up</source>
            <translation>งานติดตามจากการประชุม</translation>
        </message>
        <message>
            <source>Booth selection</source>
            <translation>การคัดเลือกบูธ</translation>
        </message>
        <message>
            <source>Selection criterion</source>
            <translation>เกณฑ์การคัดเลือก</translation>
        </message>
        <message>
            <source>Booth applicant's score</source>
            <translation>คะแนนกลุ่มผู้สมัครบูธ</translation>
        </message>
        <message>
            <source>Fair daily note</source>
            <translation>บันทึกรายวันของงาน</translation>
        </message>
        <message>
            <source>After-fair summary</source>
            <translation>สรุปผลหลังจบงาน</translation>
        </message>
        <message>
            <source>Producer group</source>
            <translation>กลุ่มผู้ผลิต</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Group member</source>
            <translation>สมาชิกกลุ่ม</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>การติดตามหลังการเยี่ยม</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>การฝึกอบรม</translation>
        </message>
        <message>
            <source>Training participant</source>
            <translation>ผู้เข้ารับการอบรม</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Problem action</source>
            <translation>การแก้ไขปัญหา</translation>
        </message>
        <message>
            <source>Trade fair</source>
            <translation>งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Fair entry</source>
            <translation>การสมัครออกร้าน</translation>
        </message>
        <message>
            <source>Fair sale</source>
            <translation>ยอดขายในงาน</translation>
        </message>
        <message>
            <source>Cash-book entry</source>
            <translation>รายการบัญชีรับ-จ่าย</translation>
        </message>
        <message>
            <source>Business plan</source>
            <translation>แผนธุรกิจ</translation>
        </message>
        <message>
            <source>Business plan version</source>
            <translation>ฉบับของแผนธุรกิจ</translation>
        </message>
        <message>
            <source>Product of a business plan</source>
            <translation>ผลิตภัณฑ์ในแผนธุรกิจ</translation>
        </message>
        <message>
            <source>Monthly sales target</source>
            <translation>เป้าหมายยอดขายรายเดือน</translation>
        </message>
        <message>
            <source>Line of a business plan</source>
            <translation>รายการในแผนธุรกิจ</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>ใบรับรองมาตรฐาน</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>การลงทะเบียน</translation>
        </message>
        <message>
            <source>Star round</source>
            <translation>รอบการคัดสรรดาว</translation>
        </message>
        <message>
            <source>Segment assessment</source>
            <translation>การจัดกลุ่มผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>ภาพถ่าย</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{file} could not be merged ({reason}); nothing was imported.</source>
            <translation>รวมข้อมูลจาก {file} ไม่ได้ ({reason}) จึงไม่ได้นำเข้าข้อมูลใดเลย</translation>
        </message>
        <message>
            <source>There is nothing to export for {month}: no record of that month (or of the groups as they stood then) is in this database. No file was written.</source>
            <translation>ไม่มีข้อมูลให้ส่งออกสำหรับเดือน {month} เพราะฐานข้อมูลนี้ไม่มีข้อมูลของเดือนนั้น (รวมทั้งข้อมูลกลุ่มในขณะนั้น) จึงไม่ได้สร้างไฟล์</translation>
        </message>
        <message>
            <source>{file} is signed with another key than earlier workbooks of {sender} (now {fingerprint}): someone else may have written it, or that laptop was set up again. Ask the officer; import it only if they confirm. Nothing was imported.</source>
            <extracomment>``WorkbookRefused.code`` of a sender whose key changed: the window asks the person.</extracomment>
            <translation>{file} ลงลายมือชื่อด้วยกุญแจที่ต่างจากไฟล์ก่อน ๆ ของ {sender} (กุญแจใหม่ {fingerprint}) อาจมีผู้อื่นทำไฟล์นี้ หรือเครื่องนั้นเพิ่งติดตั้งใหม่ กรุณาสอบถามเจ้าหน้าที่ก่อน และนำเข้าเมื่อยืนยันแล้วเท่านั้น ยังไม่ได้นำเข้าข้อมูลใด</translation>
        </message>
        <message>
            <source>No officer, or more than one, matches '{wanted}': give the beginning of the laptop's id or part of the officer's name as in their workbooks.</source>
            <translation>ไม่พบเจ้าหน้าที่ที่ตรงกับ '{wanted}' หรือพบมากกว่าหนึ่งคน กรุณาระบุส่วนต้นของรหัสเครื่อง หรือส่วนหนึ่งของชื่อเจ้าหน้าที่ตามที่ปรากฏในไฟล์ของเขา</translation>
        </message>
        <message>
            <source>{file}: {record} {id} cannot be imported: {rule}. Nothing was imported.</source>
            <extracomment>A sender's clock may be weeks off (the hybrid clock copes); a stamp further ahead is refused, or a record stamped in the year 9999 would freeze every later edit of it. Stamps before this are not OTOP Desk's (it did not exist). Numbers with a range of their own, as the forms check them; other integers are counts (0 to a billion). Money that may be below zero: a group may start its books in debt.</extracomment>
            <translation>{file}: นำเข้า{record} {id} ไม่ได้ เพราะ{rule} จึงไม่ได้นำเข้าข้อมูลใดเลย</translation>
        </message>
        <message>
            <source>{file} leaves out data that is not personal ({columns}); nothing was imported.</source>
            <translation>{file} ตัดข้อมูลที่ไม่ใช่ข้อมูลส่วนบุคคลออกไป ({columns}) จึงไม่ได้นำเข้าข้อมูลใดเลย</translation>
        </message>
        <message>
            <source>it is stamped {stamp} UTC, in the future</source>
            <translation>มีเวลาบันทึก {stamp} UTC ซึ่งอยู่ในอนาคต</translation>
        </message>
        <message>
            <source>it is stamped {stamp}, before OTOP Desk existed</source>
            <translation>มีเวลาบันทึก {stamp} ซึ่งเก่ากว่าที่ OTOP Desk จะมีอยู่</translation>
        </message>
        <message>
            <source>a time is given without its time zone</source>
            <translation>มีเวลาที่ไม่ระบุเขตเวลา</translation>
        </message>
        <message>
            <source>the amount in {column} is beyond any real amount</source>
            <translation>จำนวนเงินใน {column} สูงเกินกว่าที่เป็นไปได้</translation>
        </message>
        <message>
            <source>the amount in {column} is below zero</source>
            <translation>จำนวนเงินใน {column} ติดลบ</translation>
        </message>
        <message>
            <source>the date in {column} ({date}) is outside the years OTOP Desk keeps</source>
            <translation>วันที่ใน {column} ({date}) อยู่นอกช่วงปีที่ OTOP Desk เก็บได้</translation>
        </message>
        <message>
            <source>{column} is {value}, outside {lo} to {hi}</source>
            <translation>{column} มีค่า {value} ซึ่งอยู่นอกช่วง {lo} ถึง {hi}</translation>
        </message>
        <message>
            <source>{column} has more decimal places than it may</source>
            <translation>{column} มีทศนิยมมากเกินกว่าที่กำหนด</translation>
        </message>
        <message>
            <source>the text in {column} is longer than {limit} characters</source>
            <translation>ข้อความใน {column} ยาวเกิน {limit} ตัวอักษร</translation>
        </message>
        <message>
            <source>the text in {column} holds a character that is not text ({code})</source>
            <translation>ข้อความใน {column} มีอักขระที่ไม่ใช่ตัวหนังสือ ({code})</translation>
        </message>
        <message>
            <source>{column} is not the SHA-256 of a photo</source>
            <translation>{column} ไม่ใช่รหัส SHA-256 ของภาพถ่าย</translation>
        </message>
        <message>
            <source>a person met is not a record id</source>
            <translation>ข้อมูลผู้ที่ได้พบไม่ใช่รหัสระเบียนที่ถูกต้อง</translation>
        </message>
        <message>
            <source>it refers to a record ({id}) that exists neither here nor in the import</source>
            <translation>อ้างถึงระเบียน ({id}) ที่ไม่มีทั้งในฐานข้อมูลนี้และในไฟล์ที่นำเข้า</translation>
        </message>
        <message>
            <source>{file} is not a workbook exported by OTOP Desk; nothing was imported.</source>
            <translation>{file} ไม่ใช่ไฟล์ที่ส่งออกจาก OTOP Desk จึงไม่ได้นำเข้าข้อมูลใดเลย</translation>
        </message>
        <message>
            <source>{file} is damaged or was changed after export; nothing was imported.</source>
            <translation>{file} เสียหายหรือถูกแก้ไขหลังจากส่งออก จึงไม่ได้นำเข้าข้อมูลใดเลย</translation>
        </message>
        <message>
            <source>{file} was exported by a newer OTOP Desk (format {version}); update OTOP Desk to import it.</source>
            <translation>{file} ส่งออกจาก OTOP Desk รุ่นที่ใหม่กว่า (รูปแบบ {version}) กรุณาปรับรุ่น OTOP Desk ก่อนนำเข้า</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>อ่าน {file} ไม่ได้: {reason}</translation>
        </message>
        <message>
            <source>{file} unpacks to more than {limit} MB, far beyond any monthly export; nothing was imported.</source>
            <translation>{file} เมื่อคลายออกมีขนาดเกิน {limit} MB ซึ่งมากเกินกว่าไฟล์ส่งออกรายเดือนใด ๆ จึงไม่ได้นำเข้าข้อมูลใดเลย</translation>
        </message>
        <message>
            <source>{file} holds changes stamped {date}, far in the future: the sending computer's clock is wrong. Set it right there and export again; nothing was imported.</source>
            <translation>{file} มีข้อมูลที่ลงเวลา {date} ซึ่งอยู่ไกลในอนาคต แสดงว่านาฬิกาของเครื่องที่ส่งมาไม่ถูกต้อง กรุณาตั้งเวลาที่เครื่องนั้นให้ถูกแล้วส่งออกใหม่ ยังไม่ได้นำเข้าข้อมูลใด</translation>
        </message>
        <message>
            <source>The photos archive {file} is damaged or was changed after export; nothing was imported.</source>
            <extracomment>No photo OTOP Desk stores is near this; a larger entry is not one of ours.</extracomment>
            <translation>ไฟล์รวมภาพ {file} เสียหายหรือถูกแก้ไขหลังการส่งออก จึงไม่ได้นำเข้าข้อมูลใด ๆ</translation>
        </message>
        <message>
            <source>The photos archive {file} does not belong to the workbook {workbook}; nothing was imported. Put the archive exported with that workbook beside it.</source>
            <translation>ไฟล์รวมภาพ {file} ไม่ใช่ของสมุดงาน {workbook} จึงไม่ได้นำเข้าข้อมูลใด ๆ กรุณาวางไฟล์รวมภาพที่ส่งออกพร้อมกับสมุดงานนั้นไว้ในโฟลเดอร์เดียวกัน</translation>
        </message>
        <message>
            <source>{workbook} carries {count} photo(s) this database does not hold, but the photos archive {file} is not beside it; nothing was imported. Copy the archive into the same folder.</source>
            <translation>{workbook} มีภาพ {count} ภาพที่ฐานข้อมูลนี้ยังไม่มี แต่ไฟล์รวมภาพ {file} ไม่ได้อยู่ในโฟลเดอร์เดียวกัน จึงไม่ได้นำเข้าข้อมูลใด ๆ กรุณาคัดลอกไฟล์รวมภาพมาไว้ในโฟลเดอร์เดียวกัน</translation>
        </message>
        <message>
            <source>The photos archive {file} lacks {count} photo(s) that {workbook} names; nothing was imported.</source>
            <translation>ไฟล์รวมภาพ {file} ขาดภาพ {count} ภาพที่ {workbook} อ้างถึง จึงไม่ได้นำเข้าข้อมูลใด ๆ</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>Returned by the office for {officer}</source>
            <translation>ข้อมูลส่งกลับจากสำนักงานสำหรับ {officer}</translation>
        </message>
        <message>
            <source>Groups handed over: {officer}</source>
            <translation>กลุ่มที่ส่งมอบ: {officer}</translation>
        </message>
    </context>
</TS>
