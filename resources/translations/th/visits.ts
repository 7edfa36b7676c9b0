<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Columns</name>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
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
            <translation>ผู้ที่พบ</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>ครบกำหนดติดตาม</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>นัดเยี่ยมครั้งต่อไป</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Visit date</source>
            <translation>วันที่เยี่ยม</translation>
        </message>
        <message>
            <source>Officers present</source>
            <translation>เจ้าหน้าที่ที่ไปเยี่ยม</translation>
        </message>
        <message>
            <source>People met</source>
            <translation>จำนวนผู้ที่พบ</translation>
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
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
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
            <source>Date done</source>
            <translation>วันที่ทำเสร็จ</translation>
        </message>
        <message>
            <source>Problem description</source>
            <translation>รายละเอียดปัญหา</translation>
        </message>
    </context>
    <context>
        <name>FollowUpEditor</name>
        <message>
            <source>Follow-up action</source>
            <translation>สิ่งที่ต้องดำเนินการต่อ</translation>
        </message>
        <message>
            <source>Due (dd/mm/yyyy BE)</source>
            <translation>กำหนดเสร็จ (วว/ดด/ปปปป พ.ศ.)</translation>
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
    </context>
    <context>
        <name>FoundProblemsEditor</name>
        <message>
            <source>Problem</source>
            <translation>ปัญหา</translation>
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
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
    </context>
    <context>
        <name>GroupHistory</name>
        <message>
            <source>Visits and problems</source>
            <translation>การเยี่ยมและปัญหา</translation>
        </message>
        <message>
            <source>Visits: {count}</source>
            <translation>การเยี่ยม: {count} ครั้ง</translation>
        </message>
        <message>
            <source>Problems: {count} ({open} not settled)</source>
            <translation>ปัญหา: {count} เรื่อง (ยังไม่ยุติ {open} เรื่อง)</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>The members met must be members of the visited group.</source>
            <translation>รายชื่อผู้ที่พบต้องเป็นสมาชิกของกลุ่มที่ไปเยี่ยม</translation>
        </message>
        <message>
            <source>Choose the {field}.</source>
            <translation>กรุณาเลือก{field}</translation>
        </message>
        <message>
            <source>{field} cannot be in the future; record a visit once it has taken place.</source>
            <translation>{field} ต้องไม่เป็นวันในอนาคต บันทึกการเยี่ยมหลังจากไปเยี่ยมแล้ว</translation>
        </message>
        <message>
            <source>{field} ({count}) is less than the {listed} members ticked.</source>
            <translation>{field} ({count}) น้อยกว่าจำนวนสมาชิกที่เลือกไว้ {listed} คน</translation>
        </message>
        <message>
            <source>{field} must come after the visit date.</source>
            <translation>{field} ต้องอยู่หลังวันที่เยี่ยม</translation>
        </message>
        <message>
            <source>{field} cannot be before the visit date.</source>
            <translation>{field} ต้องไม่ก่อนวันที่เยี่ยม</translation>
        </message>
        <message>
            <source>{field} must be between the visit date and today.</source>
            <translation>{field} ต้องอยู่ระหว่างวันที่เยี่ยมถึงวันนี้</translation>
        </message>
        <message>
            <source>The problem “{text}” already has actions; settle or delete it in the problem log.</source>
            <translation>ปัญหา “{text}” มีการดำเนินการแล้ว กรุณายุติหรือลบในแท็บปัญหา</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>Edit visit</source>
            <translation>แก้ไขการเยี่ยม</translation>
        </message>
        <message>
            <source>New visit</source>
            <translation>บันทึกการเยี่ยมใหม่</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>Observations and advice</source>
            <translation>สิ่งที่พบและคำแนะนำ</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>สิ่งที่ต้องดำเนินการต่อ</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>ปัญหาที่พบ</translation>
        </message>
        <message>
            <source>Group history…</source>
            <translation>ประวัติของกลุ่ม…</translation>
        </message>
        <message>
            <source>All visits and problems of this group</source>
            <translation>การเยี่ยมและปัญหาทั้งหมดของกลุ่มนี้</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>ชื่อ คั่นด้วยจุลภาค</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>วัตถุประสงค์</translation>
        </message>
        <message>
            <source>Number of people met</source>
            <translation>จำนวนผู้ที่พบ</translation>
        </message>
        <message>
            <source>Members met (tick names)</source>
            <translation>สมาชิกที่พบ (เลือกชื่อ)</translation>
        </message>
        <message>
            <source>What was observed</source>
            <translation>สิ่งที่พบจากการเยี่ยม</translation>
        </message>
        <message>
            <source>Each problem becomes a record of the problem log, linked to this visit. Actions and the resolution are recorded in the Problems tab.</source>
            <translation>ปัญหาแต่ละเรื่องจะบันทึกลงทะเบียนปัญหาโดยเชื่อมกับการเยี่ยมครั้งนี้ การดำเนินการและผลการแก้ไขบันทึกในแท็บปัญหา</translation>
        </message>
        <message>
            <source>Open in the problem log…</source>
            <translation>เปิดในทะเบียนปัญหา…</translation>
        </message>
        <message>
            <source>Second visit on the same day</source>
            <translation>เยี่ยมกลุ่มซ้ำในวันเดียวกัน</translation>
        </message>
        <message>
            <source>{group} already has a visit recorded on {date}. If it is the same visit, answer No and open that record instead. Save this one as another visit?</source>
            <translation>{group} มีบันทึกการเยี่ยมวันที่ {date} อยู่แล้ว หากเป็นการเยี่ยมครั้งเดียวกัน กรุณาตอบ "ไม่" แล้วเปิดบันทึกเดิมแทน ต้องการบันทึกครั้งนี้เป็นการเยี่ยมอีกครั้งหรือไม่?</translation>
        </message>
        <message>
            <source>Problem log</source>
            <translation>ทะเบียนปัญหา</translation>
        </message>
        <message>
            <source>Save the visit first; then its problems can be opened.</source>
            <translation>กรุณาบันทึกการเยี่ยมก่อน จึงจะเปิดปัญหาได้</translation>
        </message>
    </context>
    <context>
        <name>VisitsTab</name>
        <message>
            <source>Visits</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>Search group, officer, purpose or observation (Ctrl+F)</source>
            <translation>ค้นหากลุ่ม เจ้าหน้าที่ วัตถุประสงค์ หรือสิ่งที่พบ (Ctrl+F)</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>ทุกกลุ่ม</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>พิมพ์…</translation>
        </message>
        <message>
            <source>Print the visit summary (Ctrl+P)</source>
            <translation>พิมพ์บันทึกการเยี่ยม (Ctrl+P)</translation>
        </message>
        <message>
            <source>Print month…</source>
            <translation>พิมพ์ทั้งเดือน…</translation>
        </message>
        <message>
            <source>Print every visit shown for the chosen month</source>
            <translation>พิมพ์การเยี่ยมทุกครั้งที่แสดงของเดือนที่เลือก</translation>
        </message>
        <message>
            <source>Group history…</source>
            <translation>ประวัติของกลุ่ม…</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} visits</source>
            <translation>แสดง {shown} จาก {total} การเยี่ยม</translation>
        </message>
        <message>
            <source>All months</source>
            <translation>ทุกเดือน</translation>
        </message>
        <message>
            <source>Delete the visit to “{group}” on {date}? Its follow-up actions are deleted too; problems it logged stay in the problem log.</source>
            <translation>ลบการเยี่ยม “{group}” วันที่ {date}? สิ่งที่ต้องดำเนินการต่อจะถูกลบด้วย ส่วนปัญหาที่บันทึกไว้ยังอยู่ในทะเบียนปัญหา</translation>
        </message>
        <message>
            <source>Delete visit</source>
            <translation>ลบการเยี่ยม</translation>
        </message>
        <message>
            <source>Print month</source>
            <translation>พิมพ์ทั้งเดือน</translation>
        </message>
        <message>
            <source>visits</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ไฟล์ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Laying out {count} visit summaries…</source>
            <translation>กำลังจัดหน้าสรุปการเยี่ยม {count} รายการ…</translation>
        </message>
        <message>
            <source>The PDF could not be written: {reason}</source>
            <translation>ไม่สามารถเขียนไฟล์ PDF ได้: {reason}</translation>
        </message>
        <message>
            <source>Choose a month in the filter first.</source>
            <translation>กรุณาเลือกเดือนในตัวกรองก่อน</translation>
        </message>
    </context>
</TS>
