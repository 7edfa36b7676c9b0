<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>TrainingSheets</name>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} ถึง {end}</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>เรื่อง</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>รูปแบบ</translation>
        </message>
        <message>
            <source>Speakers / trainers</source>
            <translation>วิทยากร</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>ผู้จัด</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>งบประมาณ</translation>
        </message>
        <message>
            <source>{amount} baht</source>
            <translation>{amount} บาท</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>ลำดับ</translation>
        </message>
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
            <source>Signature</source>
            <translation>ลายมือชื่อ</translation>
        </message>
        <message>
            <source>List of participants</source>
            <translation>รายชื่อผู้เข้ารับการอบรม</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>ผู้รับผิดชอบโครงการ</translation>
        </message>
        <message>
            <source>Sign-in sheet: {title}</source>
            <translation>รายชื่อผู้เข้ารับการอบรม: {title}</translation>
        </message>
        <message>
            <source>Participants listed</source>
            <translation>ผู้มีรายชื่อ</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>เข้าร่วม</translation>
        </message>
        <message>
            <source>{count} people ({rate}%)</source>
            <translation>{count} คน (ร้อยละ {rate})</translation>
        </message>
        <message>
            <source>Groups represented</source>
            <translation>กลุ่มที่เข้าร่วม</translation>
        </message>
        <message>
            <source>{count} of {listed} groups listed</source>
            <translation>{count} จาก {listed} กลุ่มที่มีรายชื่อ</translation>
        </message>
        <message>
            <source>Pre-test (mean)</source>
            <translation>คะแนนก่อนอบรม (เฉลี่ย)</translation>
        </message>
        <message>
            <source>Post-test (mean)</source>
            <translation>คะแนนหลังอบรม (เฉลี่ย)</translation>
        </message>
        <message>
            <source>Gain</source>
            <translation>เพิ่มขึ้น</translation>
        </message>
        <message>
            <source>{gain} points; {better} of {count} people did better</source>
            <translation>{gain} คะแนน คะแนนดีขึ้น {better} จาก {count} คน</translation>
        </message>
        <message>
            <source>Satisfaction (mean)</source>
            <translation>ความพึงพอใจ (เฉลี่ย)</translation>
        </message>
        <message>
            <source>{mean} of 5 ({count} ratings)</source>
            <translation>{mean} จาก 5 (ผู้ประเมิน {count} คน)</translation>
        </message>
        <message>
            <source>Test means count only the {count} people with both a pre-test and a post-test score; satisfaction counts those who rated.</source>
            <translation>ค่าเฉลี่ยคะแนนทดสอบคิดจากผู้ที่มีคะแนนทั้งก่อนและหลังการอบรม {count} คนเท่านั้น ความพึงพอใจคิดจากผู้ที่ให้คะแนน</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>ผู้เข้ารับการอบรม</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>ก่อนอบรม</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>หลังอบรม</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>พึงพอใจ</translation>
        </message>
        <message>
            <source>Training attendance summary</source>
            <translation>สรุปผลการเข้ารับการอบรม</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>การประเมินผล</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>รายชื่อ</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>ผู้รายงาน</translation>
        </message>
        <message>
            <source>Attendance summary: {title}</source>
            <translation>สรุปผลการเข้ารับการอบรม: {title}</translation>
        </message>
    </context>
</TS>
