<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>EvidencePack</name>
        <message>
            <source>In {year} the group faced problems of {problems}.</source>
            <translation>ใน{year} กลุ่มประสบปัญหาด้าน{problems}</translation>
        </message>
        <message>
            <source>The goal agreed in its business plan: {goals}</source>
            <translation>เป้าหมายที่ตกลงไว้ในแผนธุรกิจ: {goals}</translation>
        </message>
        <message>
            <source>Visited the group {count} times ({purposes}), listened to its problems and solved them together.</source>
            <translation>ลงพื้นที่เยี่ยมกลุ่ม {count} ครั้ง ({purposes}) รับฟังปัญหาและร่วมกันแก้ไข</translation>
        </message>
        <message>
            <source>Gave knowledge through {count} trainings and forums: {titles}.</source>
            <translation>ให้ความรู้ผ่านการฝึกอบรมและเวทีต่าง ๆ {count} ครั้ง ได้แก่ {titles}</translation>
        </message>
        <message>
            <source>Drafted the business plan with the group (production, marketing and management plans), agreed on {date}.</source>
            <translation>จัดทำแผนธุรกิจร่วมกับกลุ่ม (แผนการผลิต แผนการตลาด และแผนการบริหารจัดการ) ที่ประชุมกลุ่มเห็นชอบเมื่อวันที่ {date}</translation>
        </message>
        <message>
            <source>Drafted the business plan with the group (production, marketing and management plans).</source>
            <translation>จัดทำแผนธุรกิจร่วมกับกลุ่ม (แผนการผลิต แผนการตลาด และแผนการบริหารจัดการ)</translation>
        </message>
        <message>
            <source>Promoted sales at {count} fairs: {fairs}.</source>
            <translation>ส่งเสริมการจำหน่ายในงานแสดงสินค้า {count} งาน ได้แก่ {fairs}</translation>
        </message>
        <message>
            <source>Followed the sales against the plan month by month and evaluated the results with the group.</source>
            <translation>ติดตามยอดขายเทียบกับแผนเป็นรายเดือน และประเมินผลร่วมกับกลุ่ม</translation>
        </message>
        <message>
            <source>Sales of the year {amount} baht</source>
            <translation>ยอดขายทั้งปี {amount} บาท</translation>
        </message>
        <message>
            <source>, {change}% against the same months of the year before ({before} baht)</source>
            <translation> เปลี่ยนแปลงร้อยละ {change} เมื่อเทียบกับช่วงเดียวกันของปีก่อน ({before} บาท)</translation>
        </message>
        <message>
            <source>Sales reached {percent}% of the plan's targets so far.</source>
            <translation>ยอดขายถึงร้อยละ {percent} ของเป้าหมายตามแผนจนถึงปัจจุบัน</translation>
        </message>
        <message>
            <source>{count} problems solved.</source>
            <translation>แก้ไขปัญหาได้ {count} เรื่อง</translation>
        </message>
        <message>
            <source>{title}: test scores rose by {gain} points on average.</source>
            <translation>{title}: คะแนนทดสอบเพิ่มขึ้นเฉลี่ย {gain} คะแนน</translation>
        </message>
        <message>
            <source>{category}: {problem} — {outcome}</source>
            <translation>{category}: {problem} — {outcome}</translation>
        </message>
        <message>
            <source>Supporting {group} to plan and sell together, {year}</source>
            <translation>การส่งเสริม{group}ให้วางแผนและจำหน่ายสินค้าร่วมกัน {year}</translation>
        </message>
        <message>
            <source>Knowledge record</source>
            <translation>แบบบันทึกองค์ความรู้</translation>
        </message>
        <message>
            <source>A draft made from the records of OTOP Desk: check it, and write what only you know on the dotted lines.</source>
            <translation>ร่างจากข้อมูลในโปรแกรม OTOP Desk โปรดตรวจสอบ และเขียนสิ่งที่ท่านทราบเพิ่มเติมบนเส้นประ</translation>
        </message>
        <message>
            <source>Name of the knowledge</source>
            <translation>ชื่อองค์ความรู้</translation>
        </message>
        <message>
            <source>Owner of the knowledge</source>
            <translation>เจ้าขององค์ความรู้</translation>
        </message>
        <message>
            <source>{name}, position {position}</source>
            <translation>{name} ตำแหน่ง {position}</translation>
        </message>
        <message>
            <source>Strategy it belongs to</source>
            <translation>สอดคล้องกับยุทธศาสตร์</translation>
        </message>
        <message>
            <source>Background and goal of the knowledge</source>
            <translation>ความเป็นมาและเป้าหมายขององค์ความรู้</translation>
        </message>
        <message>
            <source>Method and steps</source>
            <translation>วิธีการและขั้นตอนการดำเนินงาน</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>ผลการดำเนินงาน</translation>
        </message>
        <message>
            <source>Techniques and ways of working</source>
            <translation>เทคนิคและวิธีการทำงาน</translation>
        </message>
        <message>
            <source>Cautions (if any)</source>
            <translation>ข้อควรระวัง (ถ้ามี)</translation>
        </message>
        <message>
            <source>Success factors</source>
            <translation>ปัจจัยแห่งความสำเร็จ</translation>
        </message>
        <message>
            <source>Problems and how they were fixed</source>
            <translation>ปัญหาอุปสรรคและแนวทางแก้ไข</translation>
        </message>
        <message>
            <source>Results of the fixes and the development</source>
            <translation>ผลการแก้ไขและการพัฒนา</translation>
        </message>
        <message>
            <source>Evidence pack: {group}, {year}</source>
            <extracomment>The pack's sections in order (see the module's docstring to add one).</extracomment>
            <translation>แฟ้มหลักฐานผลการดำเนินงาน: {group} {year}</translation>
        </message>
        <message>
            <source>Activities of the year</source>
            <translation>กิจกรรมในรอบปี</translation>
        </message>
        <message>
            <source>Activity photos (those cleared for sharing)</source>
            <translation>ภาพกิจกรรม (เฉพาะภาพที่อนุญาตให้เผยแพร่)</translation>
        </message>
        <message>
            <source>Sign-in sheets and evaluations of the trainings</source>
            <translation>ใบลงชื่อและผลการประเมินการฝึกอบรม</translation>
        </message>
        <message>
            <source>The business plan against actual sales</source>
            <translation>แผนธุรกิจเทียบกับยอดขายจริง</translation>
        </message>
        <message>
            <source>Knowledge record (draft)</source>
            <translation>แบบบันทึกองค์ความรู้ (ร่าง)</translation>
        </message>
        <message>
            <source>Evidence of the work with the group</source>
            <translation>แฟ้มหลักฐานผลการดำเนินงานกับกลุ่ม</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>สารบัญ</translation>
        </message>
        <message>
            <source>Made on {date}</source>
            <translation>จัดทำเมื่อวันที่ {date}</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>Trainings attended</source>
            <translation>การฝึกอบรมที่เข้าร่วม</translation>
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
            <source>Fairs</source>
            <translation>งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Sales of the year</source>
            <translation>ยอดขายในปี</translation>
        </message>
        <message>
            <source>{amount} baht (the same months of the year before: {before} baht)</source>
            <translation>{amount} บาท (ช่วงเดียวกันของปีก่อน: {before} บาท)</translation>
        </message>
        <message>
            <source>Activities of {year}</source>
            <translation>กิจกรรมใน{year}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>วัตถุประสงค์</translation>
        </message>
        <message>
            <source>What was seen and advised</source>
            <translation>สิ่งที่พบและคำแนะนำ</translation>
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
            <source>Format</source>
            <translation>รูปแบบ</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>วันที่พบ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ผลการแก้ไข</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>ผลการคัดเลือก</translation>
        </message>
        <message>
            <source>Sales (baht)</source>
            <translation>ยอดขาย (บาท)</translation>
        </message>
        <message>
            <source>The business plan against actual sales, {year}</source>
            <translation>แผนธุรกิจเทียบกับยอดขายจริง {year}</translation>
        </message>
        <message>
            <source>The group has no business plan for this year.</source>
            <translation>กลุ่มยังไม่มีแผนธุรกิจของปีนี้</translation>
        </message>
        <message>
            <source>version {number}, agreed on {date}</source>
            <translation>ฉบับที่ {number} เห็นชอบเมื่อวันที่ {date}</translation>
        </message>
        <message>
            <source>version {number}, a draft</source>
            <translation>ฉบับที่ {number} (ร่าง)</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>ต่ำกว่าเป้า</translation>
        </message>
        <message>
            <source>So far</source>
            <translation>สะสมถึงปัจจุบัน</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>Target (baht)</source>
            <translation>เป้าหมาย (บาท)</translation>
        </message>
        <message>
            <source>Of the target</source>
            <translation>ร้อยละของเป้าหมาย</translation>
        </message>
        <message>
            <source>Sales: the cash book's sales income and fair sales not in the cash book. Behind: more than 30% below the target.</source>
            <translation>ยอดขาย: รายรับจากการขายในสมุดบัญชี รวมยอดขายในงานแสดงสินค้าที่ยังไม่ลงสมุดบัญชี ต่ำกว่าเป้า: ต่ำกว่าเป้าหมายเกินร้อยละ 30</translation>
        </message>
    </context>
</TS>
