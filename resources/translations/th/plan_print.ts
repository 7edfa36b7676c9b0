<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>PlanPrint</name>
        <message>
            <source>None listed.</source>
            <translation>ไม่มีรายการ</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>รวม</translation>
        </message>
        <message>
            <source>Summary and goals</source>
            <translation>บทสรุปและเป้าหมาย</translation>
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
            <source>Drafted with</source>
            <translation>จัดทำร่วมกับ</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>จุดแข็ง (S)</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>จุดอ่อน (W)</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>โอกาส (O)</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>อุปสรรค (T)</translation>
        </message>
        <message>
            <source>SWOT analysis</source>
            <translation>การวิเคราะห์จุดแข็ง จุดอ่อน โอกาส และอุปสรรค (SWOT)</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>ผลิตภัณฑ์</translation>
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
            <source>Price (baht)</source>
            <translation>ราคา (บาท)</translation>
        </message>
        <message>
            <source>Cost per unit (baht)</source>
            <translation>ต้นทุนต่อหน่วย (บาท)</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>กำไรต่อหน่วย</translation>
        </message>
        <message>
            <source>Production plan</source>
            <translation>แผนการผลิต</translation>
        </message>
        <message>
            <source>Products, capacity and costing</source>
            <translation>ผลิตภัณฑ์ กำลังการผลิต และต้นทุน</translation>
        </message>
        <message>
            <source>Raw material</source>
            <translation>วัตถุดิบ</translation>
        </message>
        <message>
            <source>Where it comes from</source>
            <translation>แหล่งที่มา</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>วัสดุอุปกรณ์</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>รายละเอียด</translation>
        </message>
        <message>
            <source>How the group produces</source>
            <translation>วิธีการผลิตของกลุ่ม</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>ทั้งปี</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>Sales target (baht)</source>
            <translation>เป้าหมายยอดขาย (บาท)</translation>
        </message>
        <message>
            <source>Marketing plan</source>
            <translation>แผนการตลาด</translation>
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
            <source>Monthly sales targets</source>
            <translation>เป้าหมายยอดขายรายเดือน</translation>
        </message>
        <message>
            <source>Prices, promotion and other marketing</source>
            <translation>ราคา การส่งเสริมการขาย และการตลาดอื่น ๆ</translation>
        </message>
        <message>
            <source>Management plan</source>
            <translation>แผนการบริหารจัดการ</translation>
        </message>
        <message>
            <source>Duty</source>
            <translation>หน้าที่</translation>
        </message>
        <message>
            <source>Person</source>
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
            <source>Bookkeeping</source>
            <translation>การจัดทำบัญชี</translation>
        </message>
        <message>
            <source>Other management</source>
            <translation>การบริหารจัดการอื่น ๆ</translation>
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
            <source>Running costs</source>
            <translation>ค่าใช้จ่ายดำเนินงาน</translation>
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
            <source>{percent}% of sales (from the costing sheets)</source>
            <translation>ร้อยละ {percent} ของยอดขาย (จากการคำนวณต้นทุน)</translation>
        </message>
        <message>
            <source>Break-even sales a month</source>
            <translation>จุดคุ้มทุนต่อเดือน</translation>
        </message>
        <message>
            <source>{amount} baht</source>
            <translation>{amount} บาท</translation>
        </message>
        <message>
            <source>not known without costing</source>
            <translation>ยังคำนวณไม่ได้ เพราะไม่มีข้อมูลต้นทุน</translation>
        </message>
        <message>
            <source>Start-up costs paid back</source>
            <translation>คืนทุนได้ในเดือน</translation>
        </message>
        <message>
            <source>not within the year</source>
            <translation>ไม่คืนทุนภายในปี</translation>
        </message>
        <message>
            <source>Sales at full capacity a month</source>
            <translation>ยอดขายเมื่อผลิตเต็มกำลัง</translation>
        </message>
        <message>
            <source>Start-up costs without funding</source>
            <translation>เงินลงทุนที่ยังไม่มีแหล่งทุน</translation>
        </message>
        <message>
            <source>Finance plan</source>
            <translation>แผนการเงิน</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <source>Baht</source>
            <translation>บาท</translation>
        </message>
        <message>
            <source>Baht a month</source>
            <translation>บาทต่อเดือน</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>แหล่งเงินทุน</translation>
        </message>
        <message>
            <source>Projected income and profit a month</source>
            <translation>ประมาณการรายได้และกำไรรายเดือน</translation>
        </message>
        <message>
            <source>Other finance</source>
            <translation>การเงินอื่น ๆ</translation>
        </message>
        <message>
            <source>Chair of the group</source>
            <translation>ประธานกลุ่ม</translation>
        </message>
        <message>
            <source>Community-development officer</source>
            <translation>นักวิชาการพัฒนาชุมชน</translation>
        </message>
        <message>
            <source>Version {number}, agreed with the group on {date}</source>
            <translation>ฉบับที่ {number} ที่ประชุมกลุ่มเห็นชอบเมื่อวันที่ {date}</translation>
        </message>
        <message>
            <source>Version {number}, a draft not yet agreed</source>
            <translation>ฉบับที่ {number} (ร่าง ยังไม่ผ่านความเห็นชอบ)</translation>
        </message>
        <message>
            <source>{year} ({first} to {last})</source>
            <translation>{year} ({first} ถึง {last})</translation>
        </message>
        <message>
            <source>Business plan of {group}</source>
            <translation>แผนธุรกิจ{group}</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>ที่ตั้ง</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>สมาชิก</translation>
        </message>
        <message>
            <source>We have drafted and agreed this plan together and will follow it.</source>
            <translation>ข้าพเจ้าทั้งสองได้ร่วมกันจัดทำและเห็นชอบแผนฉบับนี้ และจะดำเนินการตามแผน</translation>
        </message>
        <message>
            <source>Business plan of {group}, {year}</source>
            <translation>แผนธุรกิจ{group} {year}</translation>
        </message>
    </context>
</TS>
