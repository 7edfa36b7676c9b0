<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Field</name>
        <message>
            <source>Committee's decision</source>
            <translation>มติคณะกรรมการ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>วันที่มีมติ</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>What was heard</source>
            <translation>สิ่งที่ได้รับฟัง</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
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
            <source>Weight</source>
            <extracomment>Where a new selection starts; the committee changes them before it ranks. Groups proposed as reserves after the booths are filled.</extracomment>
            <translation>น้ำหนักคะแนน</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field} is required.</source>
            <translation>กรุณากรอก{field}</translation>
        </message>
        <message>
            <source>{day} is not a day of the fair.</source>
            <translation>{day} ไม่ใช่วันจัดงาน</translation>
        </message>
        <message>
            <source>A problem belongs to a group: choose the group whose problem it is.</source>
            <translation>ปัญหาต้องเป็นของกลุ่มใดกลุ่มหนึ่ง กรุณาเลือกกลุ่มที่มีปัญหานี้</translation>
        </message>
        <message>
            <source>{field}: the meeting was deleted meanwhile; choose another.</source>
            <translation>{field}: การประชุมนี้ถูกลบไปแล้ว กรุณาเลือกการประชุมอื่น</translation>
        </message>
        <message>
            <source>{group} is listed twice (also in row {first}); decide once for each group.</source>
            <translation>{group} มีรายชื่อซ้ำ (อยู่ในแถวที่ {first} แล้ว) กรุณาลงมติกลุ่มละครั้งเดียว</translation>
        </message>
        <message>
            <source>{group}: choose selected, reserve or not selected.</source>
            <translation>{group}: กรุณาเลือก ได้รับคัดเลือก สำรอง หรือไม่ได้รับคัดเลือก</translation>
        </message>
        <message>
            <source>{group}: the decision departs from the proposed ranking; write the reason the groups will read.</source>
            <translation>{group}: มติต่างจากลำดับคะแนนที่เสนอ กรุณาเขียนเหตุผลเพื่อแจ้งให้กลุ่มทราบ</translation>
        </message>
        <message>
            <source>{count} groups are given a booth but the fair has {booths} booths; set some to reserve or not selected.</source>
            <translation>ให้บูธแก่ {count} กลุ่ม แต่งานนี้มีเพียง {booths} บูธ กรุณาปรับบางกลุ่มเป็นสำรองหรือไม่ได้รับคัดเลือก</translation>
        </message>
        <message>
            <source>{field} must be between {lo} and {hi}.</source>
            <translation>{field} ต้องอยู่ระหว่าง {lo} ถึง {hi}</translation>
        </message>
        <message>
            <source>Give at least one criterion a weight above 0.</source>
            <translation>กรุณาให้น้ำหนักคะแนนมากกว่า 0 อย่างน้อยหนึ่งเกณฑ์</translation>
        </message>
        <message>
            <source>This selection was decided already; reopen it before changing it.</source>
            <translation>การคัดเลือกนี้มีมติแล้ว หากต้องการแก้ไข กรุณาเปิดทบทวนก่อน</translation>
        </message>
        <message>
            <source>A group with sales recorded at the fair cannot lose its booth; clear its sales first.</source>
            <translation>กลุ่มที่มียอดขายบันทึกในงานแล้วจะเสียบูธไม่ได้ กรุณาลบยอดขายของกลุ่มก่อน</translation>
        </message>
    </context>
</TS>
