<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Add action</source>
            <translation>บันทึกการดำเนินการ</translation>
        </message>
        <message>
            <source>Status after this action</source>
            <translation>สถานะหลังการดำเนินการนี้</translation>
        </message>
    </context>
    <context>
        <name>ActionsEditor</name>
        <message>
            <source>What was done</source>
            <translation>สิ่งที่ดำเนินการ</translation>
        </message>
        <message>
            <source>Date (dd/mm/yyyy BE)</source>
            <translation>วันที่ (วว/ดด/ปปปป พ.ศ.)</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation>ผู้ดำเนินการ</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>ผลที่ได้</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Found</source>
            <translation>วันที่พบ</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
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
            <source>Severity</source>
            <translation>ความรุนแรง</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Age (days)</source>
            <translation>อายุ (วัน)</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Last action</source>
            <translation>การดำเนินการล่าสุด</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Date found</source>
            <translation>วันที่พบปัญหา</translation>
        </message>
        <message>
            <source>Problem description</source>
            <translation>รายละเอียดปัญหา</translation>
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
    </context>
    <context>
        <name>ProblemDialog</name>
        <message>
            <source>Edit problem</source>
            <translation>แก้ไขปัญหา</translation>
        </message>
        <message>
            <source>New problem</source>
            <translation>บันทึกปัญหาใหม่</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Actions and status</source>
            <translation>การดำเนินการและสถานะ</translation>
        </message>
        <message>
            <source>Open visit…</source>
            <translation>เปิดการเยี่ยม…</translation>
        </message>
        <message>
            <source>e.g. Khon Kaen University, provincial commerce office</source>
            <translation>เช่น มหาวิทยาลัยขอนแก่น สำนักงานพาณิชย์จังหวัด</translation>
        </message>
        <message>
            <source>Where found</source>
            <translation>พบจาก</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>ประเภทปัญหา</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>ความรุนแรง</translation>
        </message>
        <message>
            <source>Who helps</source>
            <translation>ผู้ร่วมแก้ไข</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Actions taken (oldest first)</source>
            <translation>การดำเนินการ (เรียงจากเก่าไปใหม่)</translation>
        </message>
        <message>
            <source>visit of {date}</source>
            <translation>การเยี่ยมวันที่ {date}</translation>
        </message>
    </context>
    <context>
        <name>ProblemsTab</name>
        <message>
            <source>Problems</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Search group, problem or action (Ctrl+F)</source>
            <translation>ค้นหากลุ่ม ปัญหา หรือการดำเนินการ (Ctrl+F)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>ทุกสถานะ</translation>
        </message>
        <message>
            <source>Not settled (open or in progress)</source>
            <translation>ยังไม่ยุติ (เปิดอยู่หรือกำลังดำเนินการ)</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>ทุกประเภทปัญหา</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>ทุกกลุ่ม</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>เฉพาะที่เกินกำหนด</translation>
        </message>
        <message>
            <source>Add action…</source>
            <translation>บันทึกการดำเนินการ…</translation>
        </message>
        <message>
            <source>Log what was done (Ctrl+Shift+A)</source>
            <translation>บันทึกสิ่งที่ได้ดำเนินการ (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>แก้ไขแล้ว…</translation>
        </message>
        <message>
            <source>Close unresolved…</source>
            <translation>ปิดโดยยังไม่แก้ไข…</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>เปิดเรื่องใหม่</translation>
        </message>
        <message>
            <source>Source visit…</source>
            <translation>การเยี่ยมที่พบปัญหา…</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} problems</source>
            <translation>แสดง {shown} จาก {total} ปัญหา</translation>
        </message>
        <message>
            <source>Delete the problem “{text}” of {group} with its {count} actions? This cannot be undone.</source>
            <translation>ลบปัญหา “{text}” ของ{group} พร้อมการดำเนินการ {count} รายการ? ลบแล้วเรียกคืนไม่ได้</translation>
        </message>
        <message>
            <source>Delete problem</source>
            <translation>ลบปัญหา</translation>
        </message>
        <message>
            <source>Reopen problem</source>
            <translation>เปิดเรื่องปัญหาใหม่</translation>
        </message>
        <message>
            <source>Reopen “{text}”? Its outcome or closing reason is cleared.</source>
            <translation>เปิดเรื่อง “{text}” ใหม่? ผลการแก้ไขหรือเหตุผลที่ปิดเรื่องจะถูกล้าง</translation>
        </message>
    </context>
    <context>
        <name>SettleDialog</name>
        <message>
            <source>Resolve problem</source>
            <translation>บันทึกการแก้ไขปัญหาสำเร็จ</translation>
        </message>
        <message>
            <source>Close unresolved</source>
            <translation>ปิดเรื่องโดยยังไม่แก้ไข</translation>
        </message>
        <message>
            <source>What changed for the group?</source>
            <translation>กลุ่มเปลี่ยนแปลงอย่างไรหลังการแก้ไข</translation>
        </message>
        <message>
            <source>Why can it not be solved now?</source>
            <translation>เหตุใดจึงยังแก้ไขไม่ได้ในขณะนี้</translation>
        </message>
    </context>
    <context>
        <name>SummaryStrip</name>
        <message>
            <source>Overdue</source>
            <translation>เกินกำหนด</translation>
        </message>
        <message>
            <source>Not settled, by category:</source>
            <translation>ที่ยังไม่ยุติ แยกตามประเภท:</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>This problem is settled; reopen it before adding an action.</source>
            <translation>ปัญหานี้ยุติแล้ว กรุณาเปิดเรื่องใหม่ก่อนบันทึกการดำเนินการ</translation>
        </message>
        <message>
            <source>{field} cannot be in the future.</source>
            <translation>{field} ต้องไม่เป็นวันในอนาคต</translation>
        </message>
        <message>
            <source>{field} cannot be before the problem was found ({found}).</source>
            <translation>{field} ต้องไม่ก่อนวันที่พบปัญหา ({found})</translation>
        </message>
        <message>
            <source>Choose the {field}.</source>
            <translation>กรุณาเลือก{field}</translation>
        </message>
        <message>
            <source>A resolved problem needs its {field}: say what changed.</source>
            <translation>ปัญหาที่แก้ไขแล้วต้องระบุ{field} ว่าเกิดการเปลี่ยนแปลงอย่างไร</translation>
        </message>
        <message>
            <source>A problem closed unresolved needs a {field}.</source>
            <translation>ปัญหาที่ปิดโดยยังไม่แก้ไขต้องระบุ{field}</translation>
        </message>
        <message>
            <source>{field} cannot be before the last action ({last}).</source>
            <translation>{field} ต้องไม่ก่อนการดำเนินการครั้งล่าสุด ({last})</translation>
        </message>
    </context>
</TS>
