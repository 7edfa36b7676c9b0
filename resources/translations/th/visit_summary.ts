<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>VisitSummary</name>
        <message>
            <source>not rated</source>
            <translation>ยังไม่ได้รับการคัดสรร</translation>
        </message>
        <message>
            <source>{stars} stars ({product})</source>
            <translation>ระดับ {stars} ดาว ({product})</translation>
        </message>
        <message>
            <source>year {year}</source>
            <translation>ปี {year}</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation>{count} คน</translation>
        </message>
        <message>
            <source>OTOP producer group visit summary</source>
            <translation>บันทึกการติดตามเยี่ยมกลุ่มผู้ผลิตผู้ประกอบการ OTOP</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>ชื่อกลุ่ม</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>ที่ตั้ง</translation>
        </message>
        <message>
            <source>Product type</source>
            <translation>ประเภทผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Star level</source>
            <translation>ระดับดาว</translation>
        </message>
        <message>
            <source>Group leader</source>
            <translation>ประธานกลุ่ม</translation>
        </message>
        <message>
            <source>Visit date</source>
            <translation>วันที่เยี่ยม</translation>
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
            <source>Observations</source>
            <translation>สิ่งที่พบจากการเยี่ยม</translation>
        </message>
        <message>
            <source>Problems discussed</source>
            <translation>ปัญหาที่พูดคุย</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>ลำดับ</translation>
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
            <source>No problems were logged at this visit.</source>
            <translation>ไม่มีปัญหาที่บันทึกในการเยี่ยมครั้งนี้</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>คำแนะนำที่ให้</translation>
        </message>
        <message>
            <source>Agreed follow-up actions</source>
            <translation>สิ่งที่ตกลงจะดำเนินการต่อ</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>ผู้รับผิดชอบ</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>กำหนดเสร็จ</translation>
        </message>
        <message>
            <source>No follow-up actions were agreed.</source>
            <translation>ไม่มีสิ่งที่ต้องดำเนินการต่อ</translation>
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
            <source>Officer</source>
            <translation>เจ้าหน้าที่ผู้เยี่ยม</translation>
        </message>
        <message>
            <source>Visit {group} {date}</source>
            <translation>การเยี่ยม {group} {date}</translation>
        </message>
        <message>
            <source>Visit summaries ({count} visits)</source>
            <translation>บันทึกการเยี่ยม ({count} ครั้ง)</translation>
        </message>
    </context>
</TS>
