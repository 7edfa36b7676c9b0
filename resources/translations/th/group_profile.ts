<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>GroupProfile</name>
        <message>
            <source>business</source>
            <translation>แผนธุรกิจ</translation>
        </message>
        <message>
            <source>production</source>
            <translation>แผนการผลิต</translation>
        </message>
        <message>
            <source>marketing</source>
            <translation>แผนการตลาด</translation>
        </message>
        <message>
            <source>management</source>
            <translation>แผนการบริหารจัดการ</translation>
        </message>
        <message>
            <source>OTOP code</source>
            <translation>รหัส OTOP</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
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
            <source>Founded</source>
            <translation>ปีที่ก่อตั้ง</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>จำนวนสมาชิก</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>ประธานกลุ่ม</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>แผนของกลุ่ม</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>ที่ตั้ง</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ยังไม่เคย</translation>
        </message>
        <message>
            <source>{n} days ago</source>
            <translation>{n} วันที่แล้ว</translation>
        </message>
        <message>
            <source>Visits: {visits} (last {last}) · problems: {open} open of {problems} · trainings: {trainings} sessions, {attended} attendances · income of 12 months {income} baht, expense {expense} baht</source>
            <translation>การเยี่ยม: {visits} ครั้ง (ล่าสุด {last}) · ปัญหา: ค้างอยู่ {open} จาก {problems} เรื่อง · การอบรม: {trainings} ครั้ง ผู้เข้าร่วม {attended} คนครั้ง · รายรับ 12 เดือน {income} บาท รายจ่าย {expense} บาท</translation>
        </message>
        <message>
            <source>No products recorded.</source>
            <translation>ยังไม่มีข้อมูลผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>ราคา</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>มาตรฐาน</translation>
        </message>
        <message>
            <source>Stars (year)</source>
            <translation>ระดับดาว (ปี)</translation>
        </message>
        <message>
            <source>expired {date}</source>
            <translation>หมดอายุ {date}</translation>
        </message>
        <message>
            <source>until {date}</source>
            <translation>ถึง {date}</translation>
        </message>
        <message>
            <source>No visits yet.</source>
            <translation>ยังไม่มีการเยี่ยม</translation>
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
            <source>Observations</source>
            <translation>สิ่งที่พบจากการเยี่ยม</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>นัดเยี่ยมครั้งต่อไป</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>งานติดตามค้าง</translation>
        </message>
        <message>
            <source>No open problems.</source>
            <translation>ไม่มีปัญหาค้าง</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>วันที่พบ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>ประเภทปัญหา</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Days open</source>
            <translation>ค้าง (วัน)</translation>
        </message>
        <message>
            <source>… and {n} more open problems.</source>
            <translation>… และปัญหาค้างอีก {n} เรื่อง</translation>
        </message>
        <message>
            <source>No trainings attended yet.</source>
            <translation>ยังไม่เคยเข้ารับการอบรม</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>การอบรม</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>รูปแบบ</translation>
        </message>
        <message>
            <source>Attended/listed</source>
            <translation>มา/รายชื่อ</translation>
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
            <source>Balance</source>
            <translation>คงเหลือ</translation>
        </message>
        <message>
            <source>No costing sheets yet.</source>
            <translation>ยังไม่มีการคำนวณต้นทุน</translation>
        </message>
        <message>
            <source>Cost per unit</source>
            <translation>ต้นทุนต่อหน่วย</translation>
        </message>
        <message>
            <source>Selling price</source>
            <translation>ราคาขาย</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>อัตรากำไร</translation>
        </message>
        <message>
            <source>Break-even units</source>
            <translation>จุดคุ้มทุน (หน่วย)</translation>
        </message>
        <message>
            <source>Open the group's location on a map</source>
            <translation>เปิดที่ตั้งกลุ่มในแผนที่</translation>
        </message>
        <message>
            <source>Books of the last 12 months (baht)</source>
            <translation>บัญชีรับ-จ่าย 12 เดือนล่าสุด (บาท)</translation>
        </message>
        <message>
            <source>Group profile: {name}</source>
            <translation>ข้อมูลกลุ่ม: {name}</translation>
        </message>
        <message>
            <source>As of {date}</source>
            <translation>ข้อมูล ณ วันที่ {date}</translation>
        </message>
        <message>
            <source>Products and stars</source>
            <translation>ผลิตภัณฑ์และระดับดาว</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>Last visits</source>
            <translation>การเยี่ยมล่าสุด</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Open problems</source>
            <translation>ปัญหาที่ยังค้าง</translation>
        </message>
        <message>
            <source>Trainings attended</source>
            <translation>การอบรมที่เข้าร่วม</translation>
        </message>
        <message>
            <source>Costing (newest sheet of each product)</source>
            <translation>ต้นทุน (การคำนวณล่าสุดของแต่ละผลิตภัณฑ์)</translation>
        </message>
    </context>
</TS>
