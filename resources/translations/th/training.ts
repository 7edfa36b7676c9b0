<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Columns</name>
        <message>
            <source>Dates</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ชื่อการอบรม</translation>
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
            <source>Venue</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>รายชื่อ</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>เข้าร่วม</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>งบประมาณ</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>ผู้จัด</translation>
        </message>
        <message>
            <source>Members who came</source>
            <translation>สมาชิกที่เข้าร่วม</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Title</source>
            <translation>ชื่อการอบรม</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>วันที่เริ่ม</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>วันที่สิ้นสุด</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>สถานที่</translation>
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
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Participant's name</source>
            <translation>ชื่อผู้เข้ารับการอบรม</translation>
        </message>
        <message>
            <source>Group / organisation</source>
            <translation>กลุ่ม/หน่วยงาน</translation>
        </message>
        <message>
            <source>Participant's phone</source>
            <translation>โทรศัพท์ผู้เข้ารับการอบรม</translation>
        </message>
        <message>
            <source>Pre-test score</source>
            <translation>คะแนนก่อนการอบรม</translation>
        </message>
        <message>
            <source>Post-test score</source>
            <translation>คะแนนหลังการอบรม</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>ความพึงพอใจ (1–5)</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>การเข้าร่วม</translation>
        </message>
    </context>
    <context>
        <name>GroupTrainingsDialog</name>
        <message>
            <source>Trainings by group</source>
            <translation>การอบรมรายกลุ่ม</translation>
        </message>
        <message>
            <source>Search title or member</source>
            <translation>ค้นหาชื่อการอบรมหรือสมาชิก</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>ค้นหา</translation>
        </message>
        <message>
            <source>Listed for {count} sessions, attended {attended}; Enter opens a session.</source>
            <translation>มีรายชื่อใน {count} ครั้ง เข้าร่วม {attended} ครั้ง กด Enter เพื่อเปิดการอบรมนั้น</translation>
        </message>
    </context>
    <context>
        <name>MemberPickerDialog</name>
        <message>
            <source>Add participants from groups</source>
            <translation>เพิ่มผู้เข้ารับการอบรมจากกลุ่ม</translation>
        </message>
        <message>
            <source>Find a group</source>
            <translation>ค้นหากลุ่ม</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>เลือกทั้งหมด</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>ไม่เลือกทั้งหมด</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>เพิ่ม</translation>
        </message>
        <message>
            <source>1. Choose a group</source>
            <translation>1. เลือกกลุ่ม</translation>
        </message>
        <message>
            <source>2. Tick who takes part (Space ticks)</source>
            <translation>2. เลือกผู้เข้ารับการอบรม (กด Space เพื่อเลือก)</translation>
        </message>
        <message>
            <source>{name} (already listed)</source>
            <translation>{name} (มีรายชื่อแล้ว)</translation>
        </message>
        <message>
            <source>No members are recorded for this group.</source>
            <translation>กลุ่มนี้ยังไม่มีรายชื่อสมาชิก</translation>
        </message>
        <message>
            <source>{count} people from {groups} groups chosen</source>
            <translation>เลือกแล้ว {count} คน จาก {groups} กลุ่ม</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsEditor</name>
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
            <source>Attended</source>
            <translation>เข้าร่วม</translation>
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
            <source>Satisfaction (1–5)</source>
            <translation>ความพึงพอใจ (1–5)</translation>
        </message>
        <message>
            <source>Space ticks or clears</source>
            <translation>กด Space เพื่อเลือกหรือยกเลิก</translation>
        </message>
        <message>
            <source>Score 0–100; blank if not tested</source>
            <translation>คะแนน 0–100 เว้นว่างถ้าไม่ได้ทดสอบ</translation>
        </message>
        <message>
            <source>Member of {group}; the name is edited in the group's form</source>
            <translation>สมาชิกของ{group} แก้ไขชื่อได้ที่แบบฟอร์มของกลุ่ม</translation>
        </message>
    </context>
    <context>
        <name>PrintChoiceDialog</name>
        <message>
            <source>Print</source>
            <translation>พิมพ์</translation>
        </message>
        <message>
            <source>&amp;Sign-in sheet, before the session (blank signature column)</source>
            <translation>&amp;แบบลงทะเบียนผู้เข้ารับการอบรม ก่อนการอบรม (มีช่องลงลายมือชื่อ)</translation>
        </message>
        <message>
            <source>&amp;Attendance summary, after the session (scores and evaluation)</source>
            <translation>&amp;สรุปผลการเข้ารับการอบรม หลังการอบรม (คะแนนและการประเมินผล)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>ตัวอย่างก่อนพิมพ์</translation>
        </message>
    </context>
    <context>
        <name>SummaryPanel</name>
        <message>
            <source>Evaluation</source>
            <translation>การประเมินผล</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>ผู้เข้ารับการอบรม</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>เข้าร่วม</translation>
        </message>
        <message>
            <source>Groups represented</source>
            <translation>กลุ่มที่เข้าร่วม</translation>
        </message>
        <message>
            <source>Test scores (mean)</source>
            <translation>คะแนนทดสอบ (เฉลี่ย)</translation>
        </message>
        <message>
            <source>Satisfaction (mean)</source>
            <translation>ความพึงพอใจ (เฉลี่ย)</translation>
        </message>
        <message>
            <source>Means of the tests count only people with both scores; satisfaction counts those who rated.</source>
            <translation>ค่าเฉลี่ยคะแนนทดสอบนับเฉพาะผู้ที่มีคะแนนทั้งก่อนและหลังการอบรม ความพึงพอใจนับเฉพาะผู้ที่ให้คะแนน</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>รายชื่อ</translation>
        </message>
        <message>
            <source>{count} listed</source>
            <translation>มีรายชื่อ {count} คน</translation>
        </message>
        <message>
            <source>, {count} not in a registered group</source>
            <translation> ไม่ได้สังกัดกลุ่มที่ขึ้นทะเบียน {count} คน</translation>
        </message>
        <message>
            <source>{count} ({rate}%)</source>
            <translation>{count} คน (ร้อยละ {rate})</translation>
        </message>
        <message>
            <source>{count} of {listed} groups listed</source>
            <translation>{count} จาก {listed} กลุ่มที่มีรายชื่อ</translation>
        </message>
        <message>
            <source>pre-test {pre}, post-test {post}, gain {gain} ({count} people with both; {better} did better)</source>
            <translation>ก่อนอบรม {pre} หลังอบรม {post} เพิ่มขึ้น {gain} (ผู้มีคะแนนครบ {count} คน คะแนนดีขึ้น {better} คน)</translation>
        </message>
        <message>
            <source>no one has both scores yet</source>
            <translation>ยังไม่มีผู้ที่มีคะแนนครบทั้งก่อนและหลัง</translation>
        </message>
        <message>
            <source>{count} with only one score</source>
            <translation>มีคะแนนเพียงครั้งเดียว {count} คน</translation>
        </message>
        <message>
            <source>{mean} of 5 ({count} ratings)</source>
            <translation>{mean} จาก 5 (ผู้ประเมิน {count} คน)</translation>
        </message>
        <message>
            <source>no ratings yet</source>
            <translation>ยังไม่มีผู้ประเมิน</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Edit training</source>
            <translation>แก้ไขการอบรม</translation>
        </message>
        <message>
            <source>New training</source>
            <translation>เพิ่มการอบรม</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>การอบรม</translation>
        </message>
        <message>
            <source>One per line: name (agency)</source>
            <translation>บรรทัดละคน: ชื่อ (หน่วยงาน)</translation>
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
            <source>Start and end date</source>
            <translation>วันที่เริ่มและสิ้นสุด</translation>
        </message>
        <message>
            <source>Budget (baht)</source>
            <translation>งบประมาณ (บาท)</translation>
        </message>
        <message>
            <source>Add from groups…</source>
            <translation>เพิ่มจากกลุ่ม…</translation>
        </message>
        <message>
            <source>Choose a group and tick its members (Ctrl+G)</source>
            <translation>เลือกกลุ่มแล้วเลือกสมาชิก (Ctrl+G)</translation>
        </message>
        <message>
            <source>Type in a person</source>
            <translation>พิมพ์รายชื่อเพิ่ม</translation>
        </message>
        <message>
            <source>For people not in a registered group (Insert). Tab or Enter at the end adds the next row.</source>
            <translation>สำหรับผู้ที่ไม่ได้สังกัดกลุ่มที่ขึ้นทะเบียน (Insert) กด Tab หรือ Enter ที่แถวสุดท้ายเพื่อเพิ่มแถวถัดไป</translation>
        </message>
        <message>
            <source>Mark all attended</source>
            <translation>ทำเครื่องหมายเข้าร่วมทุกคน</translation>
        </message>
        <message>
            <source>Participants ({count})</source>
            <translation>ผู้เข้ารับการอบรม ({count})</translation>
        </message>
    </context>
    <context>
        <name>TrainingTab</name>
        <message>
            <source>Trainings</source>
            <translation>การอบรม</translation>
        </message>
        <message>
            <source>Search title, venue, speaker or organiser (Ctrl+F)</source>
            <translation>ค้นหาชื่อการอบรม สถานที่ วิทยากร หรือผู้จัด (Ctrl+F)</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>ทุกหัวข้อ</translation>
        </message>
        <message>
            <source>All formats</source>
            <translation>ทุกรูปแบบ</translation>
        </message>
        <message>
            <source>All months</source>
            <translation>ทุกเดือน</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>พิมพ์…</translation>
        </message>
        <message>
            <source>Sign-in sheet or attendance summary (Ctrl+P)</source>
            <translation>แบบลงทะเบียนหรือสรุปผลการเข้ารับการอบรม (Ctrl+P)</translation>
        </message>
        <message>
            <source>Trainings by group…</source>
            <translation>การอบรมรายกลุ่ม…</translation>
        </message>
        <message>
            <source>Which sessions the members of a group attended</source>
            <translation>สมาชิกของกลุ่มเข้ารับการอบรมครั้งใดบ้าง</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} sessions</source>
            <translation>แสดง {shown} จาก {total} ครั้ง</translation>
        </message>
        <message>
            <source>Evaluation: {title}</source>
            <translation>การประเมินผล: {title}</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>การประเมินผล</translation>
        </message>
        <message>
            <source>Delete the session “{title}” with its {count} participants and their scores? This cannot be undone.</source>
            <translation>ลบการอบรม “{title}” พร้อมรายชื่อผู้เข้ารับการอบรม {count} คนและคะแนนทั้งหมดหรือไม่ ลบแล้วกู้คืนไม่ได้</translation>
        </message>
        <message>
            <source>Delete training</source>
            <translation>ลบการอบรม</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>พิมพ์</translation>
        </message>
        <message>
            <source>Choose a session in the table first.</source>
            <translation>กรุณาเลือกการอบรมในตารางก่อน</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{name} is no longer a member of a registered group; remove the row and type the person in again.</source>
            <translation>{name} ไม่ได้เป็นสมาชิกของกลุ่มที่ขึ้นทะเบียนแล้ว กรุณาลบแถวนี้และพิมพ์รายชื่อใหม่</translation>
        </message>
        <message>
            <source>{field} must be between {lo} and {hi}.</source>
            <translation>{field} ต้องอยู่ระหว่าง {lo} ถึง {hi}</translation>
        </message>
        <message>
            <source>{field}: use at most two decimal places, e.g. 72.5.</source>
            <translation>{field}: ใช้ทศนิยมไม่เกินสองตำแหน่ง เช่น 72.5</translation>
        </message>
        <message>
            <source>{field}: '{text}' is not a number.</source>
            <translation>{field}: '{text}' ไม่ใช่ตัวเลข</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>วันที่สิ้นสุดอยู่ก่อนวันที่เริ่ม</translation>
        </message>
        <message>
            <source>A session can list at most {max} participants.</source>
            <translation>การอบรมหนึ่งครั้งมีรายชื่อได้ไม่เกิน {max} คน</translation>
        </message>
        <message>
            <source>{name} is already listed in row {first}.</source>
            <translation>{name} มีรายชื่ออยู่แล้วในแถวที่ {first}</translation>
        </message>
        <message>
            <source>{name} is not marked as attended but has scores or a rating; tick Attended or clear them.</source>
            <translation>{name} ไม่ได้ทำเครื่องหมายว่าเข้าร่วม แต่มีคะแนนหรือผลประเมิน กรุณาทำเครื่องหมายเข้าร่วมหรือลบคะแนนออก</translation>
        </message>
    </context>
</TS>
