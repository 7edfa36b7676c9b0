<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
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
        <name>Validation</name>
        <message>
            <source>{field} cannot be in the future.</source>
            <translation>{field} ต้องไม่เป็นวันในอนาคต</translation>
        </message>
        <message>
            <source>{field} cannot be before the problem was found ({found}).</source>
            <translation>{field} ต้องไม่ก่อนวันที่พบปัญหา ({found})</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>กรุณากรอก{field}</translation>
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
