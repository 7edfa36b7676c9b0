<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Columns</name>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>District</source>
            <translation>อำเภอ</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>ปี</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ฉบับที่</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>วันที่เห็นชอบ</translation>
        </message>
        <message>
            <source>Target for the year</source>
            <translation>เป้าหมายทั้งปี</translation>
        </message>
        <message>
            <source>Target to date</source>
            <translation>เป้าหมายถึงปัจจุบัน</translation>
        </message>
        <message>
            <source>Sales to date</source>
            <translation>ยอดขายถึงปัจจุบัน</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>ร้อยละของเป้าหมาย</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>ปีงบประมาณ</translation>
        </message>
        <message>
            <source>Date agreed</source>
            <translation>วันที่เห็นชอบ</translation>
        </message>
        <message>
            <source>Sales target</source>
            <translation>เป้าหมายยอดขาย</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>ชื่อผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>หน่วย</translation>
        </message>
        <message>
            <source>Capacity a month</source>
            <translation>กำลังการผลิตต่อเดือน</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>ราคา</translation>
        </message>
        <message>
            <source>Cost per unit</source>
            <translation>ต้นทุนต่อหน่วย</translation>
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
        <message>
            <source>Amount</source>
            <translation>จำนวนเงิน</translation>
        </message>
        <message>
            <source>Drafted with</source>
            <extracomment>The plan's words, by field (their labels in the ``Field`` context).</extracomment>
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
            <source>Version</source>
            <translation>ฉบับที่</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>Shop</source>
            <translation>หน้าร้าน</translation>
        </message>
        <message>
            <source>Fairs</source>
            <translation>งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>ออนไลน์</translation>
        </message>
        <message>
            <source>Wholesale</source>
            <translation>ขายส่ง</translation>
        </message>
        <message>
            <source>Raw materials and where they come from</source>
            <translation>วัตถุดิบและแหล่งที่มา</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>วัสดุอุปกรณ์</translation>
        </message>
        <message>
            <source>Who does what</source>
            <translation>การแบ่งหน้าที่</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>การประชุมกลุ่ม</translation>
        </message>
        <message>
            <source>Start-up costs</source>
            <translation>เงินลงทุนเริ่มต้น</translation>
        </message>
        <message>
            <source>Running costs a month</source>
            <translation>ค่าใช้จ่ายดำเนินงานต่อเดือน</translation>
        </message>
        <message>
            <source>Funding sources</source>
            <translation>แหล่งเงินทุน</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>ร่าง</translation>
        </message>
        <message>
            <source>{number} of {count}</source>
            <translation>{number} จาก {count}</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Cash-book sales</source>
            <translation>จากสมุดบัญชี</translation>
        </message>
        <message>
            <source>Fair sales</source>
            <translation>จากงานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>ยอดขาย</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>ร้อยละของเป้า</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>ทั้งปี</translation>
        </message>
        <message>
            <source>Sales against the plan, {year}</source>
            <translation>ยอดขายเทียบกับแผน {year}</translation>
        </message>
        <message>
            <source>Sales target</source>
            <translation>เป้าหมายยอดขาย</translation>
        </message>
        <message>
            <source>version {number}</source>
            <translation>ฉบับที่ {number}</translation>
        </message>
        <message>
            <source>agreed on {date}</source>
            <translation>เห็นชอบเมื่อวันที่ {date}</translation>
        </message>
        <message>
            <source>not agreed yet</source>
            <translation>ยังไม่ผ่านความเห็นชอบ</translation>
        </message>
        <message>
            <source>Targets of {version} ({agreed}). Sales to date: {actual} baht of {target} baht planned for the months begun ({percent}).</source>
            <translation>เป้าหมายตามแผน{version} ({agreed}) ยอดขายถึงปัจจุบัน {actual} บาท จากเป้าหมาย {target} บาทของเดือนที่ผ่านมา ({percent})</translation>
        </message>
        <message>
            <source>Sales have been more than 30% below the target two months running.</source>
            <translation>ยอดขายต่ำกว่าเป้าหมายเกินร้อยละ 30 ติดต่อกัน 2 เดือน</translation>
        </message>
        <message>
            <source>Months more than 30% below the target are marked.</source>
            <translation>เดือนที่ยอดขายต่ำกว่าเป้าหมายเกินร้อยละ 30 แสดงด้วยสีแดง</translation>
        </message>
        <message>
            <source>More than 30% below the target</source>
            <translation>ต่ำกว่าเป้าหมายเกินร้อยละ 30</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>สร้างฉบับใหม่</translation>
        </message>
        <message>
            <source>A new draft copied from this version, to change the plan</source>
            <translation>คัดลอกฉบับนี้เป็นร่างฉบับใหม่ เพื่อปรับแผน</translation>
        </message>
        <message>
            <source>Agreed with the group</source>
            <translation>บันทึกความเห็นชอบของกลุ่ม</translation>
        </message>
        <message>
            <source>The group agreed this version on the day typed beside it; it stays as agreed from then on</source>
            <translation>กลุ่มเห็นชอบแผนฉบับนี้ในวันที่ระบุไว้ข้าง ๆ หลังจากนั้นจะแก้ไขฉบับนี้ไม่ได้</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ฉบับที่</translation>
        </message>
        <message>
            <source>Plan against actual</source>
            <translation>แผนเทียบผลจริง</translation>
        </message>
        <message>
            <source>Business plan: {group}</source>
            <translation>แผนธุรกิจ: {group}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Agreed with the group on {date}: it stays as agreed. To change the plan, start a new version.</source>
            <translation>กลุ่มเห็นชอบเมื่อวันที่ {date} แล้ว แก้ไขฉบับนี้ไม่ได้ หากต้องการปรับแผน ให้สร้างฉบับใหม่</translation>
        </message>
        <message>
            <source>A first draft from the group's records: check it with the group, then save.</source>
            <translation>ร่างแรกจากข้อมูลของกลุ่ม โปรดทบทวนร่วมกับกลุ่มแล้วบันทึก</translation>
        </message>
        <message>
            <source>Draft: not agreed yet.</source>
            <translation>ร่าง: ยังไม่ผ่านความเห็นชอบของกลุ่ม</translation>
        </message>
        <message>
            <source>{number} (new)</source>
            <translation>{number} (ใหม่)</translation>
        </message>
        <message>
            <source>agreed {date}</source>
            <translation>เห็นชอบ {date}</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>ร่าง</translation>
        </message>
        <message>
            <source>Save the plan to compare its targets with the sales.</source>
            <translation>บันทึกแผนก่อน จึงจะเทียบเป้าหมายกับยอดขายได้</translation>
        </message>
        <message>
            <source>Record that the group agreed version {number} on {date}? It cannot be changed afterwards; a change of plan is a new version.</source>
            <translation>บันทึกว่ากลุ่มเห็นชอบแผนฉบับที่ {number} เมื่อวันที่ {date} ใช่หรือไม่ หลังจากนี้จะแก้ไขฉบับนี้ไม่ได้ การปรับแผนต้องสร้างฉบับใหม่</translation>
        </message>
        <message>
            <source>New business plan</source>
            <translation>จัดทำแผนธุรกิจใหม่</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>เลือก…</translation>
        </message>
        <message>
            <source>The first draft is filled from the group's records: its products and their costing, its committee, and last year's sales as targets. Go through it with the group.</source>
            <translation>ร่างแรกจะเติมจากข้อมูลของกลุ่ม ได้แก่ ผลิตภัณฑ์และต้นทุน คณะกรรมการ และใช้ยอดขายปีที่แล้วเป็นเป้าหมาย โปรดทบทวนร่วมกับกลุ่ม</translation>
        </message>
        <message>
            <source>Summary and goals</source>
            <translation>บทสรุปและเป้าหมาย</translation>
        </message>
        <message>
            <source>SWOT</source>
            <translation>SWOT</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>การผลิต</translation>
        </message>
        <message>
            <source>Materials and equipment</source>
            <translation>วัตถุดิบและอุปกรณ์</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>การตลาด</translation>
        </message>
        <message>
            <source>Management</source>
            <translation>การบริหารจัดการ</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>การเงิน</translation>
        </message>
        <message>
            <source>e.g. the committee and 12 members, at the group's meeting</source>
            <translation>เช่น คณะกรรมการและสมาชิก 12 คน ในที่ประชุมกลุ่ม</translation>
        </message>
        <message>
            <source>Products, what the group can make a month, and their price and cost from the costing sheets</source>
            <translation>ผลิตภัณฑ์ กำลังการผลิตต่อเดือน ราคาและต้นทุนจากการคำนวณต้นทุน</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>วัตถุดิบ</translation>
        </message>
        <message>
            <source>Where it comes from</source>
            <translation>แหล่งที่มา</translation>
        </message>
        <message>
            <source>Baht a month</source>
            <translation>บาทต่อเดือน</translation>
        </message>
        <message>
            <source>Had or needed</source>
            <translation>มีอยู่หรือต้องจัดหา</translation>
        </message>
        <message>
            <source>Baht</source>
            <translation>บาท</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>ช่องทางการจำหน่าย</translation>
        </message>
        <message>
            <source>Monthly sales targets (baht)</source>
            <translation>เป้าหมายยอดขายรายเดือน (บาท)</translation>
        </message>
        <message>
            <source>Duty</source>
            <translation>หน้าที่</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>ผู้รับผิดชอบ</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <source>When</source>
            <translation>กำหนดการ</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>แหล่งเงินทุน</translation>
        </message>
        <message>
            <source>Income (target)</source>
            <translation>รายได้ (ตามเป้าหมาย)</translation>
        </message>
        <message>
            <source>Cost of the goods</source>
            <translation>ต้นทุนสินค้า</translation>
        </message>
        <message>
            <source>Profit</source>
            <translation>กำไร</translation>
        </message>
        <message>
            <source>Profit less start-up costs</source>
            <translation>กำไรสะสมหักเงินลงทุน</translation>
        </message>
        <message>
            <source>Income for the year: {amount} baht</source>
            <translation>รายได้ทั้งปี: {amount} บาท</translation>
        </message>
        <message>
            <source>Profit for the year: {amount} baht</source>
            <translation>กำไรทั้งปี: {amount} บาท</translation>
        </message>
        <message>
            <source>Break-even sales a month: {amount} baht</source>
            <translation>ยอดขาย ณ จุดคุ้มทุน: {amount} บาทต่อเดือน</translation>
        </message>
        <message>
            <source>Break-even: give the products a price and a cost per unit.</source>
            <translation>จุดคุ้มทุน: ใส่ราคาและต้นทุนต่อหน่วยของผลิตภัณฑ์ก่อน</translation>
        </message>
        <message>
            <source>Start-up costs without funding: {amount} baht</source>
            <translation>เงินลงทุนที่ยังไม่มีแหล่งทุน: {amount} บาท</translation>
        </message>
        <message>
            <source>Business plan…</source>
            <translation>แผนธุรกิจ…</translation>
        </message>
        <message>
            <source>The group's business plan of this fiscal year</source>
            <translation>แผนธุรกิจของกลุ่มในปีงบประมาณนี้</translation>
        </message>
    </context>
    <context>
        <name>PlansTab</name>
        <message>
            <source>Business plans</source>
            <translation>แผนธุรกิจ</translation>
        </message>
        <message>
            <source>Search group or district (Ctrl+F)</source>
            <translation>ค้นหากลุ่มหรืออำเภอ (Ctrl+F)</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>ทุกปี</translation>
        </message>
        <message>
            <source>Print plan…</source>
            <translation>พิมพ์แผน…</translation>
        </message>
        <message>
            <source>The plan as a document for the group's chair and the officer to sign (Ctrl+P)</source>
            <translation>พิมพ์แผนเป็นเอกสารให้ประธานกลุ่มและเจ้าหน้าที่ลงนาม (Ctrl+P)</translation>
        </message>
        <message>
            <source>Evidence pack…</source>
            <translation>แฟ้มหลักฐาน…</translation>
        </message>
        <message>
            <source>One PDF of the group's work in the fiscal year, with a draft knowledge record</source>
            <translation>รวมผลงานของกลุ่มในปีงบประมาณเป็น PDF ไฟล์เดียว พร้อมร่างแบบบันทึกองค์ความรู้</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} plans</source>
            <translation>แสดง {shown} จาก {total} แผน</translation>
        </message>
        <message>
            <source>Delete the business plan of “{group}” for {year} with its {count} version(s)? This cannot be undone.</source>
            <translation>ลบแผนธุรกิจของ “{group}” {year} ทั้ง {count} ฉบับ ใช่หรือไม่ การลบนี้ย้อนกลับไม่ได้</translation>
        </message>
        <message>
            <source>Delete business plan</source>
            <translation>ลบแผนธุรกิจ</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>พิมพ์</translation>
        </message>
        <message>
            <source>Choose a plan in the table first.</source>
            <translation>โปรดเลือกแผนในตารางก่อน</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Income KPI against the three years before</source>
            <translation>ตัวชี้วัดรายได้ เทียบค่าเฉลี่ย 3 ปีย้อนหลัง</translation>
        </message>
        <message>
            <source>Marketing: fairs, channels and networks</source>
            <translation>การตลาด: งานแสดงสินค้า ช่องทาง และเครือข่าย</translation>
        </message>
        <message>
            <source>Activities: visits, trainings and problems solved</source>
            <translation>ผลการดำเนินงาน: การเยี่ยม การฝึกอบรม และการแก้ไขปัญหา</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>สมุดงาน Excel (.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (.pdf)</source>
            <translation>เอกสาร PDF (.pdf)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>รายงาน</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>ปี</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <source>Fiscal years run from 1 October to 30 September and are named by the year they end in.</source>
            <translation>ปีงบประมาณเริ่ม 1 ตุลาคม ถึง 30 กันยายน และเรียกตามปีที่สิ้นสุด</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>สมุดงาน Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>บันทึกรายงาน</translation>
        </message>
        <message>
            <source>One PDF: a cover, the year's activities, photos (where there are any), sign-in sheets and evaluations of its trainings, plan against actual, and a draft knowledge record for you to finish.</source>
            <translation>PDF ไฟล์เดียว ประกอบด้วย ปก กิจกรรมในรอบปี ภาพถ่าย (ถ้ามี) ใบลงชื่อและผลการประเมินการฝึกอบรม แผนเทียบผลจริง และร่างแบบบันทึกองค์ความรู้ให้ท่านเขียนต่อ</translation>
        </message>
        <message>
            <source>&amp;Income KPI…</source>
            <translation>&amp;ตัวชี้วัดรายได้…</translation>
        </message>
        <message>
            <source>&amp;Marketing…</source>
            <translation>&amp;การตลาด…</translation>
        </message>
        <message>
            <source>&amp;Activities…</source>
            <translation>&amp;ผลการดำเนินงาน…</translation>
        </message>
        <message>
            <source>&amp;Evidence pack…</source>
            <translation>&amp;แฟ้มหลักฐาน…</translation>
        </message>
        <message>
            <source>The file could not be written: {error}</source>
            <translation>บันทึกไฟล์ไม่ได้: {error}</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>รายงาน</translation>
        </message>
        <message>
            <source>Writing the report of {year}…</source>
            <translation>กำลังจัดทำรายงาน{year}…</translation>
        </message>
        <message>
            <source>Evidence pack</source>
            <translation>แฟ้มหลักฐาน</translation>
        </message>
        <message>
            <source>Putting the evidence pack together…</source>
            <translation>กำลังรวบรวมแฟ้มหลักฐาน…</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>แฟ้มหลักฐาน</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ไฟล์ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>{file}: {pages} page(s) written.</source>
            <translation>{file}: บันทึกแล้ว {pages} หน้า</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>A business plan is made with a group: choose the group first.</source>
            <translation>แผนธุรกิจจัดทำกับกลุ่ม โปรดเลือกกลุ่มก่อน</translation>
        </message>
        <message>
            <source>Choose the fiscal year the plan is for.</source>
            <translation>โปรดเลือกปีงบประมาณของแผน</translation>
        </message>
        <message>
            <source>{field}: {date} has not come yet.</source>
            <translation>{field}: วันที่ {date} ยังมาไม่ถึง</translation>
        </message>
        <message>
            <source>Version {number} was agreed with the group on {date} and stays as agreed; start a new version to change the plan.</source>
            <translation>แผนฉบับที่ {number} กลุ่มเห็นชอบแล้วเมื่อวันที่ {date} จึงแก้ไขไม่ได้ หากต้องการปรับแผน ให้สร้างฉบับใหม่</translation>
        </message>
        <message>
            <source>{field} of {month}: '{text}' is not a number of baht; type e.g. 25,000.</source>
            <translation>{field} เดือน{month}: '{text}' ไม่ใช่จำนวนเงิน โปรดพิมพ์ตัวเลข เช่น 25,000</translation>
        </message>
        <message>
            <source>{group} already has a business plan for {year}; open it and start a new version.</source>
            <translation>{group} มีแผนธุรกิจ{year}แล้ว โปรดเปิดแผนนั้นและสร้างฉบับใหม่</translation>
        </message>
        <message>
            <source>{field} must be between {lo} and {hi}.</source>
            <translation>{field} ต้องอยู่ระหว่าง {lo} ถึง {hi}</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>กรุณากรอก{field}</translation>
        </message>
        <message>
            <source>{field}: '{text}' is not a whole number.</source>
            <translation>{field}: '{text}' ไม่ใช่จำนวนเต็ม</translation>
        </message>
        <message>
            <source>'{text}' fits {count} groups; type more of the id.</source>
            <translation>'{text}' ตรงกับ {count} กลุ่ม โปรดพิมพ์รหัสให้ยาวขึ้น</translation>
        </message>
        <message>
            <source>Choose the group the evidence pack is for.</source>
            <translation>โปรดเลือกกลุ่มที่จะจัดทำแฟ้มหลักฐาน</translation>
        </message>
    </context>
    <context>
        <name>Years</name>
        <message>
            <source>Fiscal year {year}</source>
            <translation>ปีงบประมาณ {year}</translation>
        </message>
        <message>
            <source>Calendar year {year}</source>
            <translation>ปี พ.ศ. {year}</translation>
        </message>
        <message>
            <source>Fiscal years (Oct–Sep)</source>
            <translation>ปีงบประมาณ (ต.ค.–ก.ย.)</translation>
        </message>
        <message>
            <source>Calendar years (Jan–Dec)</source>
            <translation>ปีปฏิทิน (ม.ค.–ธ.ค.)</translation>
        </message>
    </context>
</TS>
