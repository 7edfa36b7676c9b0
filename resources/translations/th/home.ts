<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>ChartsPanel</name>
        <message>
            <source>Whole year</source>
            <translation>ทั้งปี</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <extracomment>What the charts count: visits, problems, sessions, the cash books, products' stars.</extracomment>
            <translation>บันทึกเป็นภาพ PNG…</translation>
        </message>
        <message>
            <source>Save the chart shown as a picture</source>
            <translation>บันทึกแผนภูมิที่แสดงอยู่เป็นรูปภาพ</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>การอบรม</translation>
        </message>
        <message>
            <source>Income and expense</source>
            <translation>รายรับ-รายจ่าย</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>ระดับดาว</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>ปี</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>The figures could not be read: {error}</source>
            <translation>อ่านตัวเลขไม่ได้: {error}</translation>
        </message>
        <message>
            <source>Visits per month, {year}</source>
            <translation>การเยี่ยมรายเดือน {year}</translation>
        </message>
        <message>
            <source>Training sessions per month</source>
            <translation>การอบรมรายเดือน (ครั้ง)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>ครั้ง</translation>
        </message>
        <message>
            <source>Participants who attended</source>
            <translation>ผู้เข้ารับการอบรมที่มาจริง (คน)</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>ผู้เข้ารับการอบรม</translation>
        </message>
        <message>
            <source>Income and expense of all groups (thousand baht)</source>
            <translation>รายรับ-รายจ่ายของทุกกลุ่ม (พันบาท)</translation>
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
            <source>Products of active groups by star level</source>
            <translation>ผลิตภัณฑ์ของกลุ่มที่ดำเนินการอยู่ ตามระดับดาว</translation>
        </message>
        <message>
            <source>No star</source>
            <translation>ไม่มีดาว</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Problems found in {period}, by category and status</source>
            <translation>ปัญหาที่พบใน{period} แยกตามประเภทและสถานะ</translation>
        </message>
        <message>
            <source>&lt;b&gt;{period}&lt;/b&gt;: {visits} visits · {trainings} training sessions, {people} attended · {problems} problems found · income {income} baht, expense {expense} baht</source>
            <translation>&lt;b&gt;{period}&lt;/b&gt;: เยี่ยม {visits} ครั้ง · อบรม {trainings} ครั้ง ผู้เข้ารับการอบรม {people} คน · พบปัญหา {problems} เรื่อง · รายรับ {income} บาท รายจ่าย {expense} บาท</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>บันทึกแผนภูมิ</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>ภาพ PNG (*.png)</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Needs attention</source>
            <translation>เรื่องที่ต้องดูแล</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>รายละเอียด</translation>
        </message>
    </context>
    <context>
        <name>GroupProfileDialog</name>
        <message>
            <source>Group profile: {name}</source>
            <translation>ข้อมูลกลุ่ม: {name}</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>พิมพ์…</translation>
        </message>
        <message>
            <source>Print the one-page group profile (Ctrl+P)</source>
            <translation>พิมพ์ข้อมูลกลุ่มหนึ่งหน้า (Ctrl+P)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <source>Follow-up action</source>
            <translation>สิ่งที่ต้องดำเนินการต่อ</translation>
        </message>
        <message>
            <source>Meeting follow-up</source>
            <translation>งานติดตามจากการประชุม</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>นัดเยี่ยมครั้งต่อไป</translation>
        </message>
        <message>
            <source>Open problem</source>
            <translation>ปัญหาที่ยังค้าง</translation>
        </message>
        <message>
            <source>Group not visited</source>
            <translation>กลุ่มที่ไม่ได้เยี่ยมนาน</translation>
        </message>
        <message>
            <source>Coming training</source>
            <translation>การอบรมที่ใกล้จะถึง</translation>
        </message>
        <message>
            <source>Behind the business plan</source>
            <translation>ต่ำกว่าแผนธุรกิจ</translation>
        </message>
        <message>
            <source>Overdue by {n} days</source>
            <extracomment>Rows read at a time: a tall screen's worth. Each comes from a join of its own kind and is dated and worded in Python, so the first page shows sooner than 200 would.</extracomment>
            <translation>เลยกำหนด {n} วัน</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>ครบกำหนดวันนี้</translation>
        </message>
        <message>
            <source>Due in {n} days</source>
            <translation>อีก {n} วันครบกำหนด</translation>
        </message>
        <message>
            <source>Open for {n} days</source>
            <translation>ค้างมา {n} วัน</translation>
        </message>
        <message>
            <source>past its target date</source>
            <translation>เลยวันที่ตั้งเป้าไว้</translation>
        </message>
        <message>
            <source>Never visited</source>
            <translation>ยังไม่เคยเยี่ยม</translation>
        </message>
        <message>
            <source>Last visit {n} days ago</source>
            <translation>เยี่ยมครั้งล่าสุด {n} วันที่แล้ว</translation>
        </message>
        <message>
            <source>Sales more than 30% below target two months running</source>
            <translation>ยอดขายต่ำกว่าเป้าหมายเกินร้อยละ 30 ติดต่อกัน 2 เดือน</translation>
        </message>
        <message>
            <source>Starts in {n} days</source>
            <translation>อีก {n} วันเริ่มอบรม</translation>
        </message>
        <message>
            <source>Starts today</source>
            <translation>เริ่มวันนี้</translation>
        </message>
        <message>
            <source>Running now</source>
            <translation>กำลังจัดอยู่</translation>
        </message>
    </context>
    <context>
        <name>HomeTab</name>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>Open the record in its tab (Enter, Ctrl+E)</source>
            <translation>เปิดรายการนี้ในแท็บของรายการ (Enter, Ctrl+E)</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>หน้าแรก</translation>
        </message>
        <message>
            <source>Search group or text (Ctrl+F)</source>
            <translation>ค้นหากลุ่มหรือข้อความ (Ctrl+F)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> วัน</translation>
        </message>
        <message>
            <source>List active groups whose last visit is longer ago than this</source>
            <translation>แสดงกลุ่มที่ดำเนินการอยู่ซึ่งเยี่ยมครั้งล่าสุดนานกว่านี้</translation>
        </message>
        <message>
            <source>Not visited for more than</source>
            <translation>ไม่ได้เยี่ยมเกิน</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} items</source>
            <translation>แสดง {shown} จาก {total} รายการ</translation>
        </message>
        <message>
            <source>Everything ({count})</source>
            <translation>ทั้งหมด ({count})</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ยังไม่เคย</translation>
        </message>
        <message>
            <source>not kept for this database</source>
            <translation>ไม่มีสำหรับฐานข้อมูลนี้</translation>
        </message>
        <message>
            <source>Records not yet exported: {pending} · last export: {exported} · last backup: {backup}</source>
            <translation>ยังไม่ได้ส่งออก: {pending} รายการ · ส่งออกครั้งล่าสุด: {exported} · สำรองข้อมูลครั้งล่าสุด: {backup}</translation>
        </message>
    </context>
</TS>
