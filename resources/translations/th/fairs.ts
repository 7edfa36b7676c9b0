<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Field</name>
        <message>
            <source>Fair name</source>
            <translation>ชื่องาน</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>สถานที่</translation>
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
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
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
            <source>Sales of the day</source>
            <translation>ยอดขายประจำวัน</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field}: {selected} groups are already selected; set some to reserve or not selected before lowering the number of booths.</source>
            <translation>{field}: คัดเลือกกลุ่มไปแล้ว {selected} กลุ่ม กรุณาเปลี่ยนบางกลุ่มเป็นสำรองหรือไม่ได้รับคัดเลือกก่อนลดจำนวนบูธ</translation>
        </message>
        <message>
            <source>{field}: sales are recorded on days outside the new dates.</source>
            <translation>{field}: มียอดขายบันทึกไว้ในวันที่อยู่นอกช่วงวันใหม่</translation>
        </message>
        <message>
            <source>All {booths} booths are taken. Set another group to reserve or not selected first, or raise the number of booths of the fair.</source>
            <translation>บูธทั้ง {booths} บูธมีกลุ่มครบแล้ว กรุณาเปลี่ยนกลุ่มอื่นเป็นสำรองหรือไม่ได้รับคัดเลือกก่อน หรือเพิ่มจำนวนบูธของงาน</translation>
        </message>
        <message>
            <source>This group has sales recorded at the fair; clear them first.</source>
            <translation>กลุ่มนี้มียอดขายในงานบันทึกไว้ กรุณาลบยอดขายก่อน</translation>
        </message>
        <message>
            <source>Only groups selected for a booth have sales.</source>
            <translation>เฉพาะกลุ่มที่ได้รับคัดเลือกเข้าบูธเท่านั้นที่บันทึกยอดขายได้</translation>
        </message>
        <message>
            <source>{day} is not a day of the fair.</source>
            <translation>{day} ไม่ใช่วันจัดงาน</translation>
        </message>
        <message>
            <source>The sales of {day} are already in the group's cash book; change that cash-book entry instead, or delete it first.</source>
            <translation>ยอดขายวันที่ {day} ลงบัญชีรับ-จ่ายของกลุ่มแล้ว กรุณาแก้ไขที่รายการในบัญชีรับ-จ่าย หรือลบรายการนั้นก่อน</translation>
        </message>
        <message>
            <source>{group}: the sales of {day} cannot go into the cash book; it starts later. Change the group's opening date first.</source>
            <translation>{group}: ลงยอดขายวันที่ {day} ในบัญชีไม่ได้ เพราะบัญชีเริ่มหลังวันนั้น กรุณาแก้วันที่เริ่มบัญชีของกลุ่มก่อน</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>กรุณากรอก{field}</translation>
        </message>
        <message>
            <source>{field} cannot be before the first day.</source>
            <translation>{field}ต้องไม่ก่อนวันแรกของงาน</translation>
        </message>
        <message>
            <source>A fair lasts at most {days} days.</source>
            <translation>งานหนึ่งจัดได้ไม่เกิน {days} วัน</translation>
        </message>
    </context>
</TS>
