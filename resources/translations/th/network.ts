<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>AgendaEditor</name>
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
    </context>
    <context>
        <name>AttendanceEditor</name>
        <message>
            <source>Name</source>
            <translation>ชื่อ-สกุล</translation>
        </message>
        <message>
            <source>Group / organisation</source>
            <translation>กลุ่ม/หน่วยงาน</translation>
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
            <source>Note (e.g. why absent)</source>
            <translation>หมายเหตุ (เช่น เหตุที่ไม่มา)</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>ผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Space ticks or clears</source>
            <translation>กด Space เพื่อทำเครื่องหมายหรือเอาออก</translation>
        </message>
        <message>
            <source>Not on the committee that day (or not a member of the group that met): kept on the list, marked as a guest</source>
            <translation>ไม่ได้เป็นกรรมการในวันประชุม (หรือไม่ใช่สมาชิกของกลุ่มที่ประชุม) ยังคงอยู่ในรายชื่อ โดยระบุเป็นผู้เข้าร่วมประชุม</translation>
        </message>
    </context>
    <context>
        <name>BoothLists</name>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} ถึง {end}</translation>
        </message>
        <message>
            <source>20 points a star (the best product's star level)</source>
            <extracomment>How each criterion gives its points, printed under the weights so a group can check.</extracomment>
            <translation>ดาวละ 20 คะแนน (ตามระดับดาวสูงสุดของผลิตภัณฑ์)</translation>
        </message>
        <message>
            <source>a third for each standard held, full marks at three</source>
            <translation>มาตรฐานละหนึ่งในสาม ครบสามมาตรฐานได้เต็ม</translation>
        </message>
        <message>
            <source>sales at fairs in the 12 months before, against the best applicant's</source>
            <translation>ยอดขายในงานช่วง 12 เดือนก่อน เทียบกับกลุ่มผู้สมัครที่ขายได้มากที่สุด</translation>
        </message>
        <message>
            <source>100 if not picked in the 12 months before, 50 if once, 33 if twice …</source>
            <translation>ไม่เคยได้รับคัดเลือกใน 12 เดือนก่อนได้ 100 เคยหนึ่งครั้งได้ 50 สองครั้งได้ 33 …</translation>
        </message>
        <message>
            <source>100 for the best of each product type, 50 for the second …</source>
            <translation>กลุ่มที่ดีที่สุดของแต่ละประเภทสินค้าได้ 100 ลำดับที่สองได้ 50 …</translation>
        </message>
        <message>
            <source>Groups chosen to sell at {fair}</source>
            <translation>ผลการคัดเลือกกลุ่มเข้าร่วมจำหน่ายสินค้า: {fair}</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>งาน</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>วันที่จัดงาน</translation>
        </message>
        <message>
            <source>Booths</source>
            <translation>จำนวนบูธ</translation>
        </message>
        <message>
            <source>{booths} booths for {count} applicant groups</source>
            <translation>{booths} บูธ มีกลุ่มสมัคร {count} กลุ่ม</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>มติที่ประชุม</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>วันที่มีมติ</translation>
        </message>
        <message>
            <source>not yet decided (draft)</source>
            <translation>ยังไม่มีมติ (ร่าง)</translation>
        </message>
        <message>
            <source>Criteria and weights</source>
            <translation>เกณฑ์และน้ำหนักคะแนน</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>เกณฑ์</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>น้ำหนัก</translation>
        </message>
        <message>
            <source>Share of the score</source>
            <translation>สัดส่วนคะแนน</translation>
        </message>
        <message>
            <source>How the points (0–100) are given</source>
            <translation>วิธีให้คะแนน (0–100)</translation>
        </message>
        <message>
            <source>Applicants by score</source>
            <translation>กลุ่มผู้สมัครเรียงตามคะแนน</translation>
        </message>
        <message>
            <source>Stars pts</source>
            <translation>ดาว</translation>
        </message>
        <message>
            <source>Cert. pts</source>
            <translation>มาตรฐาน</translation>
        </message>
        <message>
            <source>Sales pts</source>
            <translation>ยอดขาย</translation>
        </message>
        <message>
            <source>Turn pts</source>
            <translation>หมุนเวียน</translation>
        </message>
        <message>
            <source>Type pts</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>ลำดับ</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Product type</source>
            <translation>ประเภทสินค้า</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>ดาว</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>มาตรฐาน</translation>
        </message>
        <message>
            <source>Past fair sales</source>
            <translation>ยอดขายงานที่ผ่านมา</translation>
        </message>
        <message>
            <source>Times picked</source>
            <translation>เคยได้ (ครั้ง)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>คะแนนรวม</translation>
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
            <source>Reason</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <source>Points (0–100)</source>
            <translation>คะแนนตามเกณฑ์ (0–100)</translation>
        </message>
        <message>
            <source>* The committee decided otherwise than the ranking proposed; its reason is given.</source>
            <translation>* คณะกรรมการมีมติต่างจากผลตามคะแนน โดยแสดงเหตุผลไว้</translation>
        </message>
        <message>
            <source>Secretary of the committee</source>
            <translation>เลขานุการคณะกรรมการ</translation>
        </message>
        <message>
            <source>Selection list {fair}</source>
            <translation>ผลการคัดเลือก {fair}</translation>
        </message>
        <message>
            <source>Report on promoting sales channels: {fair}</source>
            <translation>รายงานผลการดำเนินงานการส่งเสริมช่องทางการจำหน่าย: {fair}</translation>
        </message>
        <message>
            <source>{booths} booths; {applied} groups applied, {sent} groups sent</source>
            <translation>{booths} บูธ กลุ่มสมัคร {applied} กลุ่ม ส่งเข้าร่วมงาน {sent} กลุ่ม</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>ยอดจำหน่าย</translation>
        </message>
        <message>
            <source>{amount} baht</source>
            <translation>{amount} บาท</translation>
        </message>
        <message>
            <source>Previous fair</source>
            <translation>งานครั้งก่อน</translation>
        </message>
        <message>
            <source>{fair} ({dates}): {amount} baht, {change}</source>
            <translation>{fair} ({dates}): {amount} บาท เปลี่ยนแปลง {change}</translation>
        </message>
        <message>
            <source>Booths chosen</source>
            <translation>การคัดเลือกบูธ</translation>
        </message>
        <message>
            <source>by the committee on {date}; {count} decisions departed from the ranking, with reasons</source>
            <translation>โดยคณะกรรมการเมื่อ {date} มีมติต่างจากลำดับคะแนน {count} ราย พร้อมเหตุผล</translation>
        </message>
        <message>
            <source>Sales per group</source>
            <translation>ยอดจำหน่ายรายกลุ่ม</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>ที่</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>บูธ</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>วัน</translation>
        </message>
        <message>
            <source>Sales (baht)</source>
            <translation>ยอดขาย (บาท)</translation>
        </message>
        <message>
            <source>Best sellers</source>
            <translation>สินค้าขายดี</translation>
        </message>
        <message>
            <source>Sales per product type</source>
            <translation>ยอดจำหน่ายตามประเภทสินค้า</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>เปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>รวม</translation>
        </message>
        <message>
            <source>Summed up by the network after the fair ({date})</source>
            <translation>ผลการประชุมสรุปของเครือข่ายหลังจบงาน ({date})</translation>
        </message>
        <message>
            <source>Lessons of the groups</source>
            <translation>บทเรียนของกลุ่ม</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>บทเรียน</translation>
        </message>
        <message>
            <source>Heard at the booths</source>
            <translation>สิ่งที่ได้รับฟังที่บูธ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>About</source>
            <translation>เรื่อง</translation>
        </message>
        <message>
            <source>What was heard</source>
            <translation>สิ่งที่ได้รับฟัง</translation>
        </message>
        <message>
            <source>Problem log</source>
            <translation>ทะเบียนปัญหา</translation>
        </message>
        <message>
            <source>(the whole fair)</source>
            <translation>(ทั้งงาน)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>บันทึกแล้ว</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>ผู้รายงาน</translation>
        </message>
        <message>
            <source>Fair report {fair}</source>
            <translation>รายงานผลงาน {fair}</translation>
        </message>
    </context>
    <context>
        <name>BoothsView</name>
        <message>
            <source>Booth selection…</source>
            <translation>คัดเลือกบูธ…</translation>
        </message>
        <message>
            <source>Rank the applicants and record the committee's decision (Enter)</source>
            <translation>จัดลำดับกลุ่มผู้สมัครและบันทึกมติคณะกรรมการ (Enter)</translation>
        </message>
        <message>
            <source>Daily notes…</source>
            <translation>บันทึกรายวัน…</translation>
        </message>
        <message>
            <source>What was heard at the booths, day by day</source>
            <translation>สิ่งที่ได้รับฟังที่บูธในแต่ละวัน</translation>
        </message>
        <message>
            <source>After-fair summary…</source>
            <translation>สรุปผลหลังจบงาน…</translation>
        </message>
        <message>
            <source>Each group's sales, best sellers and lessons</source>
            <translation>ยอดขาย สินค้าขายดี และบทเรียนของแต่ละกลุ่ม</translation>
        </message>
        <message>
            <source>Print selection list…</source>
            <translation>พิมพ์ผลการคัดเลือก…</translation>
        </message>
        <message>
            <source>The applicants with their scores, decisions and reasons</source>
            <translation>กลุ่มผู้สมัครพร้อมคะแนน มติ และเหตุผล</translation>
        </message>
        <message>
            <source>Print fair report…</source>
            <translation>พิมพ์รายงานผลงาน…</translation>
        </message>
        <message>
            <source>Groups, booths and sales against the previous fair</source>
            <translation>กลุ่ม บูธ และยอดขายเทียบกับงานครั้งก่อน</translation>
        </message>
        <message>
            <source>Fairs and booths</source>
            <translation>งานแสดงสินค้าและบูธ</translation>
        </message>
        <message>
            <source>Search fair or venue (Ctrl+F)</source>
            <translation>ค้นหางานหรือสถานที่ (Ctrl+F)</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} fairs</source>
            <translation>แสดง {shown} จาก {total} งาน</translation>
        </message>
    </context>
    <context>
        <name>CandidatesEditor</name>
        <message>
            <source>Rank</source>
            <translation>ลำดับ</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Product type</source>
            <translation>ประเภทสินค้า</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>ดาว</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>มาตรฐาน</translation>
        </message>
        <message>
            <source>Past fair sales</source>
            <translation>ยอดขายงานที่ผ่านมา</translation>
        </message>
        <message>
            <source>Times picked (12 months)</source>
            <translation>เคยได้รับคัดเลือก (12 เดือน)</translation>
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
            <source>Committee's decision</source>
            <translation>มติคณะกรรมการ</translation>
        </message>
        <message>
            <source>Reason (required where the decision departs from the proposal)</source>
            <translation>เหตุผล (ต้องระบุเมื่อมติต่างจากผลตามคะแนน)</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>ครั้งที่</translation>
        </message>
        <message>
            <source>Committee or group</source>
            <translation>คณะกรรมการหรือกลุ่ม</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>วัตถุประสงค์</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>งาน</translation>
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
            <source>Open follow-ups</source>
            <translation>งานติดตามค้าง</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>สถานที่</translation>
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
            <source>Area</source>
            <translation>พื้นที่</translation>
        </message>
        <message>
            <source>Term from</source>
            <translation>วาระตั้งแต่</translation>
        </message>
        <message>
            <source>Term to</source>
            <translation>ถึง</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>ประธาน</translation>
        </message>
        <message>
            <source>Committee members</source>
            <translation>กรรมการ</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>การประชุม</translation>
        </message>
    </context>
    <context>
        <name>CommitteeDialog</name>
        <message>
            <source>Edit committee</source>
            <translation>แก้ไขคณะกรรมการ</translation>
        </message>
        <message>
            <source>New committee</source>
            <translation>เพิ่มคณะกรรมการ</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>คณะกรรมการ</translation>
        </message>
        <message>
            <source>Terms and members</source>
            <translation>วาระและกรรมการ</translation>
        </message>
        <message>
            <source>e.g. OTOP network committee of the district</source>
            <translation>เช่น คณะกรรมการเครือข่าย OTOP ระดับอำเภอ</translation>
        </message>
        <message>
            <source>New term</source>
            <translation>เพิ่มวาระ</translation>
        </message>
        <message>
            <source>A new term starts the day after the last one ends, with its seats</source>
            <translation>วาระใหม่เริ่มวันถัดจากวาระก่อนสิ้นสุด โดยตั้งต้นจากรายชื่อกรรมการชุดเดิม</translation>
        </message>
        <message>
            <source>Remove term</source>
            <translation>ลบวาระ</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>วาระ</translation>
        </message>
        <message>
            <source>e.g. district order no. 123/2568</source>
            <translation>เช่น คำสั่งอำเภอ ที่ 123/2568</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>วาระ</translation>
        </message>
        <message>
            <source>Add from groups…</source>
            <translation>เพิ่มจากกลุ่ม…</translation>
        </message>
        <message>
            <source>Choose a group and tick its members</source>
            <translation>เลือกกลุ่มแล้วติ๊กชื่อสมาชิก</translation>
        </message>
        <message>
            <source>Type in a person</source>
            <translation>พิมพ์ชื่อเอง</translation>
        </message>
        <message>
            <source>For officers, advisors and people not in a registered group</source>
            <translation>สำหรับเจ้าหน้าที่ ที่ปรึกษา และผู้ที่ไม่อยู่ในกลุ่มที่ขึ้นทะเบียน</translation>
        </message>
        <message>
            <source>Add committee members from groups</source>
            <translation>เพิ่มกรรมการจากกลุ่ม</translation>
        </message>
    </context>
    <context>
        <name>CommitteesView</name>
        <message>
            <source>Committees</source>
            <translation>คณะกรรมการ</translation>
        </message>
        <message>
            <source>Search committee, area or chair (Ctrl+F)</source>
            <translation>ค้นหาคณะกรรมการ พื้นที่ หรือประธาน (Ctrl+F)</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} committees</source>
            <translation>แสดง {shown} จาก {total} คณะ</translation>
        </message>
        <message>
            <source>Delete committee</source>
            <translation>ลบคณะกรรมการ</translation>
        </message>
        <message>
            <source>Delete the committee “{name}” with its terms and members?</source>
            <translation>ลบ “{name}” พร้อมวาระและรายชื่อกรรมการหรือไม่</translation>
        </message>
    </context>
    <context>
        <name>FairNotesDialog</name>
        <message>
            <source>Daily notes: {fair}</source>
            <translation>บันทึกรายวัน: {fair}</translation>
        </message>
        <message>
            <source>What the groups and customers said at the booths, day by day. Tick “To the problem log” to follow a group's problem up after the fair.</source>
            <translation>สิ่งที่กลุ่มและลูกค้าบอกเล่าที่บูธในแต่ละวัน ติ๊ก “ลงทะเบียนปัญหา” เพื่อติดตามแก้ไขปัญหาของกลุ่มหลังจบงาน</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Daily notes</source>
            <translation>บันทึกรายวัน</translation>
        </message>
        <message>
            <source>{count} notes were added to the problem log as open problems of their groups.</source>
            <translation>เพิ่มบันทึก {count} รายการลงทะเบียนปัญหาเป็นปัญหาที่รอแก้ไขของกลุ่มแล้ว</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Committee name</source>
            <translation>ชื่อคณะกรรมการ</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>ระดับ</translation>
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
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
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
            <source>Committee member's name</source>
            <translation>ชื่อกรรมการ</translation>
        </message>
        <message>
            <source>Group / organisation</source>
            <translation>กลุ่ม/หน่วยงาน</translation>
        </message>
        <message>
            <source>Committee member's phone</source>
            <translation>โทรศัพท์ของกรรมการ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Committee or group</source>
            <translation>คณะกรรมการหรือกลุ่ม</translation>
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
            <source>Venue</source>
            <translation>สถานที่</translation>
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
            <source>Attendee's name</source>
            <translation>ชื่อผู้เข้าประชุม</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>หมายเหตุ</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Edit meeting</source>
            <extracomment>Typing pauses this long before the guest marks are worked out again.</extracomment>
            <translation>แก้ไขการประชุม</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>บันทึกการประชุม</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <source>Agenda and resolutions</source>
            <translation>ระเบียบวาระและมติ</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>งานติดตาม</translation>
        </message>
        <message>
            <source>(choose the committee or group)</source>
            <translation>(เลือกคณะกรรมการหรือกลุ่ม)</translation>
        </message>
        <message>
            <source>Group: {name}</source>
            <translation>กลุ่ม: {name}</translation>
        </message>
        <message>
            <source>(no fair)</source>
            <translation>(ไม่เกี่ยวกับงานแสดงสินค้า)</translation>
        </message>
        <message>
            <source>e.g. 3/2569</source>
            <translation>เช่น 3/2569</translation>
        </message>
        <message>
            <source>hh:mm</source>
            <translation>ชช.นน</translation>
        </message>
        <message>
            <source>from</source>
            <translation>เวลา</translation>
        </message>
        <message>
            <source>to</source>
            <translation>ถึง</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>วัตถุประสงค์</translation>
        </message>
        <message>
            <source>About the fair</source>
            <translation>เกี่ยวกับงาน</translation>
        </message>
        <message>
            <source>One row per agenda item: what was said, and what the meeting resolved.</source>
            <translation>หนึ่งแถวต่อหนึ่งระเบียบวาระ: สาระการประชุม และมติที่ประชุม</translation>
        </message>
        <message>
            <source>Committee members</source>
            <translation>รายชื่อกรรมการ</translation>
        </message>
        <message>
            <source>List every member of the committee's term on the meeting date</source>
            <translation>ใส่รายชื่อกรรมการทุกคนของวาระในวันที่ประชุม</translation>
        </message>
        <message>
            <source>Add from groups…</source>
            <translation>เพิ่มจากกลุ่ม…</translation>
        </message>
        <message>
            <source>Choose a group and tick its members (Ctrl+G)</source>
            <translation>เลือกกลุ่มแล้วติ๊กชื่อสมาชิก (Ctrl+G)</translation>
        </message>
        <message>
            <source>Type in a person</source>
            <translation>พิมพ์ชื่อเอง</translation>
        </message>
        <message>
            <source>For people not in a registered group (Insert). Tab or Enter at the end adds the next row.</source>
            <translation>สำหรับผู้ที่ไม่อยู่ในกลุ่มที่ขึ้นทะเบียน (Insert) กด Tab หรือ Enter ที่ท้ายตารางเพื่อเพิ่มแถวถัดไป</translation>
        </message>
        <message>
            <source>Mark all present</source>
            <translation>ทำเครื่องหมายมาประชุมทุกคน</translation>
        </message>
        <message>
            <source>What the meeting asked to be done, by when and by whom. Until ticked done, they are listed on Home like a visit's follow-ups.</source>
            <translation>สิ่งที่ที่ประชุมมอบหมาย กำหนดเสร็จ และผู้รับผิดชอบ จะแสดงที่หน้าแรกเช่นเดียวกับงานติดตามจากการเยี่ยมกลุ่ม จนกว่าจะติ๊กว่าเสร็จแล้ว</translation>
        </message>
        <message>
            <source>Choose the committee and the meeting date first.</source>
            <translation>กรุณาเลือกคณะกรรมการและวันที่ประชุมก่อน</translation>
        </message>
        <message>
            <source>The committee has no term on that date.</source>
            <translation>คณะกรรมการไม่มีวาระในวันที่ประชุม</translation>
        </message>
        <message>
            <source>Add attendees from groups</source>
            <translation>เพิ่มผู้เข้าประชุมจากกลุ่ม</translation>
        </message>
        <message>
            <source>Attendance ({count})</source>
            <translation>ผู้เข้าประชุม ({count})</translation>
        </message>
        <message>
            <source>{present} present, {absent} absent, {guests} guests</source>
            <translation>มาประชุม {present} คน ไม่มา {absent} คน ผู้เข้าร่วมประชุม {guests} คน</translation>
        </message>
    </context>
    <context>
        <name>Minutes</name>
        <message>
            <source>– none –</source>
            <translation>– ไม่มี –</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>ที่</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ-สกุล</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Group / organisation</source>
            <translation>กลุ่ม/หน่วยงาน</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>{time} hrs.</source>
            <translation>{time} น.</translation>
        </message>
        <message>
            <source>Minutes of the meeting of {body}</source>
            <translation>รายงานการประชุม{body}</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>ครั้งที่ {number}</translation>
        </message>
        <message>
            <source>on {date}</source>
            <translation>เมื่อวันที่ {date}</translation>
        </message>
        <message>
            <source>at {venue}</source>
            <translation>ณ {venue}</translation>
        </message>
        <message>
            <source>Concerning: {fair}</source>
            <translation>เรื่อง {fair}</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>ผู้มาประชุม</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>ผู้ไม่มาประชุม</translation>
        </message>
        <message>
            <source>Also attending</source>
            <translation>ผู้เข้าร่วมประชุม</translation>
        </message>
        <message>
            <source>The meeting opened at {time}.</source>
            <translation>เริ่มประชุมเวลา {time}</translation>
        </message>
        <message>
            <source>{chair} chaired the meeting.</source>
            <translation>{chair} เป็นประธานในที่ประชุม</translation>
        </message>
        <message>
            <source>Agenda item {number}: {title}</source>
            <translation>ระเบียบวาระที่ {number} {title}</translation>
        </message>
        <message>
            <source>Resolution:</source>
            <translation>มติที่ประชุม</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>การมอบหมายงานและติดตาม</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>งานที่มอบหมาย</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>ผู้รับผิดชอบ</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>กำหนดเสร็จ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>The meeting closed at {time}.</source>
            <translation>เลิกประชุมเวลา {time}</translation>
        </message>
        <message>
            <source>Minutes taken by</source>
            <translation>ผู้จดรายงานการประชุม</translation>
        </message>
        <message>
            <source>Minutes checked by</source>
            <translation>ผู้ตรวจรายงานการประชุม</translation>
        </message>
        <message>
            <source>Chair of the meeting</source>
            <translation>ประธานในที่ประชุม</translation>
        </message>
        <message>
            <source>Minutes {body} {date}</source>
            <translation>รายงานการประชุม {body} {date}</translation>
        </message>
    </context>
    <context>
        <name>NetworkTab</name>
        <message>
            <source>Print minutes…</source>
            <translation>พิมพ์รายงานการประชุม…</translation>
        </message>
        <message>
            <source>The minutes of the selected meeting, with signature lines</source>
            <translation>รายงานการประชุมที่เลือก พร้อมช่องลงนาม</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>คณะกรรมการ</translation>
        </message>
        <message>
            <source>Fairs and booths</source>
            <translation>งานแสดงสินค้าและบูธ</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>เครือข่าย</translation>
        </message>
        <message>
            <source>Search committee, group, venue or fair (Ctrl+F)</source>
            <translation>ค้นหาคณะกรรมการ กลุ่ม สถานที่ หรืองาน (Ctrl+F)</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} meetings</source>
            <translation>แสดง {shown} จาก {total} ครั้ง</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>ลบการประชุม</translation>
        </message>
        <message>
            <source>Delete the meeting of {date} ({body}) with its agenda, attendance and follow-ups?</source>
            <translation>ลบการประชุมวันที่ {date} ({body}) พร้อมระเบียบวาระ รายชื่อผู้เข้าประชุม และงานติดตามหรือไม่</translation>
        </message>
    </context>
    <context>
        <name>NotesEditor</name>
        <message>
            <source>Date (dd/mm/yyyy BE)</source>
            <translation>วันที่ (วว/ดด/ปปปป พ.ศ.)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>About</source>
            <translation>เรื่อง</translation>
        </message>
        <message>
            <source>What was heard</source>
            <translation>สิ่งที่ได้รับฟัง</translation>
        </message>
        <message>
            <source>To the problem log</source>
            <translation>ลงทะเบียนปัญหา</translation>
        </message>
        <message>
            <source>(the whole fair)</source>
            <translation>(ทั้งงาน)</translation>
        </message>
        <message>
            <source>Ticked: the note becomes an open problem of the group, found at the fair</source>
            <translation>ติ๊กแล้ว บันทึกนี้จะเป็นปัญหาที่รอแก้ไขของกลุ่ม โดยพบที่งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>In the problem log</source>
            <translation>อยู่ในทะเบียนปัญหาแล้ว</translation>
        </message>
    </context>
    <context>
        <name>ResultsDialog</name>
        <message>
            <source>After-fair summary: {fair}</source>
            <translation>สรุปผลหลังจบงาน: {fair}</translation>
        </message>
        <message>
            <source>(no meeting named)</source>
            <translation>(ไม่ระบุการประชุม)</translation>
        </message>
        <message>
            <source>Summed up at the meeting</source>
            <translation>สรุปในการประชุม</translation>
        </message>
        <message>
            <source>{count} groups had a booth; sales {total} baht in all</source>
            <translation>มีกลุ่มได้บูธ {count} กลุ่ม ยอดขายรวม {total} บาท</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>กลุ่ม</translation>
        </message>
    </context>
    <context>
        <name>ResultsEditor</name>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Product type</source>
            <translation>ประเภทสินค้า</translation>
        </message>
        <message>
            <source>Sales (baht)</source>
            <translation>ยอดขาย (บาท)</translation>
        </message>
        <message>
            <source>Best sellers</source>
            <translation>สินค้าขายดี</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>บทเรียน</translation>
        </message>
    </context>
    <context>
        <name>SeatsEditor</name>
        <message>
            <source>Name</source>
            <translation>ชื่อ-สกุล</translation>
        </message>
        <message>
            <source>Group / organisation</source>
            <translation>กลุ่ม/หน่วยงาน</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ตำแหน่ง</translation>
        </message>
    </context>
    <context>
        <name>SelectionDialog</name>
        <message>
            <source>Booth selection: {fair}</source>
            <translation>คัดเลือกบูธ: {fair}</translation>
        </message>
        <message>
            <source>Applicants and scores</source>
            <translation>กลุ่มผู้สมัครและคะแนน</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>บันทึกร่าง</translation>
        </message>
        <message>
            <source>Record the decision</source>
            <translation>บันทึกมติ</translation>
        </message>
        <message>
            <source>Check the decision and give each group its outcome</source>
            <translation>ตรวจสอบมติแล้วแจ้งผลให้แต่ละกลุ่ม</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>เปิดทบทวน</translation>
        </message>
        <message>
            <source>Make the decision a draft again, to change it</source>
            <translation>ทำให้มติกลับเป็นร่างเพื่อแก้ไข</translation>
        </message>
        <message>
            <source>Print list…</source>
            <translation>พิมพ์ผล…</translation>
        </message>
        <message>
            <source>Weights (0–10) set by the committee:</source>
            <translation>น้ำหนักคะแนน (0–10) ที่คณะกรรมการกำหนด:</translation>
        </message>
        <message>
            <source>(not yet decided at a meeting)</source>
            <translation>(ยังไม่มีมติที่ประชุม)</translation>
        </message>
        <message>
            <source>e.g. where the list with scores is posted</source>
            <translation>เช่น สถานที่ติดประกาศผลพร้อมคะแนน</translation>
        </message>
        <message>
            <source>Decided at the meeting</source>
            <translation>มติที่ประชุม</translation>
        </message>
        <message>
            <source>{given} of {booths} booths given; {departures} decisions depart from the proposed ranking</source>
            <translation>ให้บูธแล้ว {given} จาก {booths} บูธ มติต่างจากผลตามคะแนน {departures} ราย</translation>
        </message>
        <message>
            <source>{count} still need a written reason</source>
            <translation>ยังไม่ระบุเหตุผล {count} ราย</translation>
        </message>
        <message>
            <source>more groups than booths</source>
            <translation>จำนวนกลุ่มเกินจำนวนบูธ</translation>
        </message>
        <message>
            <source>&lt;b&gt;{fair}&lt;/b&gt; · {venue} · {start} – {end} · &lt;b&gt;{booths}&lt;/b&gt; booths for &lt;b&gt;{applicants}&lt;/b&gt; applicant groups</source>
            <translation>&lt;b&gt;{fair}&lt;/b&gt; · {venue} · {start} – {end} · &lt;b&gt;{booths}&lt;/b&gt; บูธ มีกลุ่มสมัคร &lt;b&gt;{applicants}&lt;/b&gt; กลุ่ม</translation>
        </message>
        <message>
            <source>decided on {day}</source>
            <translation>มีมติเมื่อ {day}</translation>
        </message>
        <message>
            <source>applied after the decision: {groups}</source>
            <translation>สมัครหลังมีมติ: {groups}</translation>
        </message>
        <message>
            <source>Reopen the selection</source>
            <translation>เปิดทบทวนการคัดเลือก</translation>
        </message>
        <message>
            <source>Make the committee's decision a draft again? The groups keep their outcomes until it is decided anew.</source>
            <translation>ทำให้มติคณะกรรมการกลับเป็นร่างหรือไม่ ผลของแต่ละกลุ่มยังคงเดิมจนกว่าจะมีมติใหม่</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field} is required.</source>
            <translation>กรุณากรอก{field}</translation>
        </message>
        <message>
            <source>{field}: '{text}' is not a time; type e.g. 09.30.</source>
            <translation>{field}: '{text}' ไม่ใช่เวลา กรุณาพิมพ์ เช่น 09.30</translation>
        </message>
        <message>
            <source>Two terms overlap; end the earlier term before the next one starts.</source>
            <translation>วาระซ้อนกัน วาระก่อนต้องสิ้นสุดก่อนวาระถัดไปเริ่ม</translation>
        </message>
        <message>
            <source>{field} cannot be before the term starts.</source>
            <translation>{field} ต้องไม่ก่อนวันเริ่มวาระ</translation>
        </message>
        <message>
            <source>A term can have at most {max} members.</source>
            <translation>วาระหนึ่งมีกรรมการได้ไม่เกิน {max} คน</translation>
        </message>
        <message>
            <source>{name} is already listed in row {first}.</source>
            <translation>{name} มีรายชื่ออยู่แล้วในแถวที่ {first}</translation>
        </message>
        <message>
            <source>A term has one chair; row {first} is the chair already.</source>
            <translation>วาระหนึ่งมีประธานได้คนเดียว แถวที่ {first} เป็นประธานแล้ว</translation>
        </message>
        <message>
            <source>Choose the committee or the group that met (one of them).</source>
            <translation>กรุณาเลือกคณะกรรมการหรือกลุ่มที่ประชุม (อย่างใดอย่างหนึ่ง)</translation>
        </message>
        <message>
            <source>{field} cannot be before the start.</source>
            <translation>{field} ต้องไม่ก่อนเวลาเริ่ม</translation>
        </message>
        <message>
            <source>A meeting lists at most {people} people and {items} agenda items.</source>
            <translation>การประชุมหนึ่งครั้งมีผู้เข้าประชุมได้ไม่เกิน {people} คน และระเบียบวาระไม่เกิน {items} วาระ</translation>
        </message>
        <message>
            <source>{field} cannot be before the meeting.</source>
            <translation>{field} ต้องไม่ก่อนวันประชุม</translation>
        </message>
        <message>
            <source>{field} must be between the meeting and today.</source>
            <translation>{field} ต้องอยู่ระหว่างวันประชุมถึงวันนี้</translation>
        </message>
        <message>
            <source>The committee has {count} meetings on record; delete them first.</source>
            <translation>คณะกรรมการนี้มีบันทึกการประชุม {count} ครั้ง กรุณาลบการประชุมก่อน</translation>
        </message>
        <message>
            <source>{name} is no longer a member of a registered group; remove the row and type the person in again.</source>
            <translation>{name} ไม่ได้เป็นสมาชิกของกลุ่มที่ขึ้นทะเบียนแล้ว กรุณาลบแถวนี้และพิมพ์รายชื่อใหม่</translation>
        </message>
        <message>
            <source>The committee or group was deleted meanwhile; choose another.</source>
            <translation>คณะกรรมการหรือกลุ่มนี้ถูกลบไปแล้ว กรุณาเลือกใหม่</translation>
        </message>
    </context>
    <context>
        <name>_PeopleEditor</name>
        <message>
            <source>Member of {group}; the name is edited in the group's form</source>
            <translation>สมาชิกของ{group} แก้ไขชื่อได้ที่แบบฟอร์มของกลุ่ม</translation>
        </message>
    </context>
</TS>
