<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>DepartmentReports</name>
        <message>
            <source>Average of the 3 years</source>
            <translation>ค่าเฉลี่ย 3 ปี</translation>
        </message>
        <message>
            <source>Change (%)</source>
            <translation>เปลี่ยนแปลง (ร้อยละ)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>รวม</translation>
        </message>
        <message>
            <source>Income from product sales by province</source>
            <translation>รายได้จากการจำหน่ายผลิตภัณฑ์ รายจังหวัด</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>จังหวัด</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>จำนวนกลุ่ม</translation>
        </message>
        <message>
            <source>Income from product sales by district</source>
            <translation>รายได้จากการจำหน่ายผลิตภัณฑ์ รายอำเภอ</translation>
        </message>
        <message>
            <source>District</source>
            <translation>อำเภอ</translation>
        </message>
        <message>
            <source>Income from product sales by group</source>
            <translation>รายได้จากการจำหน่ายผลิตภัณฑ์ รายกลุ่ม</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Years with sales (of 3)</source>
            <translation>จำนวนปีที่มียอดขาย (จาก 3 ปี)</translation>
        </message>
        <message>
            <source>Income from product sales: the cash book's shop, fair, online and order income, and fair sales not yet in the cash book. The change compares the year with the average of the three years before it; a year without records counts as nothing sold.</source>
            <translation>รายได้จากการจำหน่ายผลิตภัณฑ์ ได้แก่ รายรับจากการขายหน้าร้าน งานแสดงสินค้า ออนไลน์ และตามคำสั่งซื้อในสมุดบัญชี รวมกับยอดขายในงานแสดงสินค้าที่ยังไม่ได้ลงสมุดบัญชี ร้อยละที่เปลี่ยนแปลงเทียบปีนี้กับค่าเฉลี่ยของ 3 ปีก่อนหน้า ปีที่ไม่มีข้อมูลนับเป็นยอดขายศูนย์</translation>
        </message>
        <message>
            <source>Increase of income from community products against the 3-year average</source>
            <translation>ร้อยละที่เพิ่มขึ้นของรายได้จากการจำหน่ายผลิตภัณฑ์ชุมชน เทียบกับค่าเฉลี่ย 3 ปีย้อนหลัง</translation>
        </message>
        <message>
            <source>{fairs} fairs · {booths} booths · {groups} groups sent · fair sales {sales} baht</source>
            <translation>งานแสดงสินค้า {fairs} งาน · {booths} บูธ · ส่งกลุ่มเข้าร่วม {groups} กลุ่ม · ยอดขายในงาน {sales} บาท</translation>
        </message>
        <message>
            <source>Fairs of the year</source>
            <translation>งานแสดงสินค้าในปี</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>วันแรก</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>วันสุดท้าย</translation>
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
            <source>Groups sent</source>
            <translation>กลุ่มที่ส่งเข้าร่วม</translation>
        </message>
        <message>
            <source>Sales (baht)</source>
            <translation>ยอดขาย (บาท)</translation>
        </message>
        <message>
            <source>Sales of each group at the fairs</source>
            <translation>ยอดขายของแต่ละกลุ่มในงานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>ผลการคัดเลือก</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>บูธ</translation>
        </message>
        <message>
            <source>Days with sales</source>
            <translation>จำนวนวันที่มียอดขาย</translation>
        </message>
        <message>
            <source>Of it in the cash book</source>
            <translation>ลงสมุดบัญชีแล้ว</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>หน้าร้าน</translation>
        </message>
        <message>
            <source>Fairs (cash book)</source>
            <translation>งานแสดงสินค้า (ในสมุดบัญชี)</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>ออนไลน์</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>ตามคำสั่งซื้อ</translation>
        </message>
        <message>
            <source>Fairs (not in the cash book)</source>
            <translation>งานแสดงสินค้า (ยังไม่ลงสมุดบัญชี)</translation>
        </message>
        <message>
            <source>Sales by channel</source>
            <translation>ยอดขายตามช่องทาง</translation>
        </message>
        <message>
            <source>What the network meetings concluded</source>
            <translation>ข้อสรุปจากการประชุมเครือข่าย</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Conclusions</source>
            <translation>ข้อสรุป</translation>
        </message>
        <message>
            <source>No network meeting of the year is recorded.</source>
            <translation>ไม่มีบันทึกการประชุมเครือข่ายในปีนี้</translation>
        </message>
        <message>
            <source>Promotion of sales channels and marketing</source>
            <translation>การส่งเสริมช่องทางการจำหน่ายและการตลาด</translation>
        </message>
        <message>
            <source>{visits} visits to {groups} groups · {sessions} training sessions, {attended} of {listed} people attended · {found} problems found, {solved} solved</source>
            <translation>ลงพื้นที่เยี่ยม {visits} ครั้ง {groups} กลุ่ม · ฝึกอบรม {sessions} ครั้ง ผู้เข้าร่วม {attended} จาก {listed} คน · พบปัญหา {found} เรื่อง แก้ไขแล้ว {solved} เรื่อง</translation>
        </message>
        <message>
            <source>Visits by purpose</source>
            <translation>การเยี่ยมตามวัตถุประสงค์</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>วัตถุประสงค์</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>Trainings by topic</source>
            <translation>การฝึกอบรมตามหัวข้อ</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>จำนวนครั้ง</translation>
        </message>
        <message>
            <source>People who attended</source>
            <translation>ผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Trainings by format</source>
            <translation>การฝึกอบรมตามรูปแบบ</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>รูปแบบ</translation>
        </message>
        <message>
            <source>Problems by category</source>
            <translation>ปัญหาตามประเภท</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Found in the year</source>
            <translation>พบในปี</translation>
        </message>
        <message>
            <source>Solved in the year</source>
            <translation>แก้ไขแล้วในปี</translation>
        </message>
        <message>
            <source>Found and still open at the year's end</source>
            <translation>ยังไม่ได้แก้ไข ณ สิ้นปี</translation>
        </message>
        <message>
            <source>By district</source>
            <translation>รายอำเภอ</translation>
        </message>
        <message>
            <source>Groups visited</source>
            <translation>กลุ่มที่เยี่ยม</translation>
        </message>
        <message>
            <source>Training attendances</source>
            <translation>ผู้เข้ารับการอบรม (คน-ครั้ง)</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>ปัญหาที่พบ</translation>
        </message>
        <message>
            <source>Problems solved</source>
            <translation>ปัญหาที่แก้ไขแล้ว</translation>
        </message>
        <message>
            <source>Activities: visits, trainings and problems solved</source>
            <translation>ผลการดำเนินงาน: การเยี่ยม การฝึกอบรม และการแก้ไขปัญหา</translation>
        </message>
        <message>
            <source>Nothing recorded.</source>
            <translation>ไม่มีข้อมูล</translation>
        </message>
        <message>
            <source>As of {date}</source>
            <translation>ข้อมูล ณ วันที่ {date}</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>ผู้รายงาน</translation>
        </message>
    </context>
</TS>
