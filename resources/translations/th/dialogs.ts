<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About OTOP Desk</source>
            <translation>เกี่ยวกับ OTOP Desk</translation>
        </message>
        <message>
            <source>Records of OTOP producer groups for community-development officers, kept on this computer and usable without a signal.</source>
            <translation>โปรแกรมบันทึกข้อมูลกลุ่มผู้ผลิต OTOP สำหรับนักวิชาการพัฒนาชุมชน เก็บข้อมูลไว้ในเครื่องนี้และใช้งานได้แม้ไม่มีสัญญาณอินเทอร์เน็ต</translation>
        </message>
        <message>
            <source>Thai font: Sarabun by Cadson Demak, SIL Open Font License 1.1.</source>
            <translation>แบบอักษรไทย: Sarabun โดย Cadson Demak สัญญาอนุญาต SIL Open Font License 1.1</translation>
        </message>
        <message>
            <source>Thai provinces, districts and sub-districts: thai-province-data by Kongvut Sangkla, MIT licence.</source>
            <translation>ข้อมูลจังหวัด อำเภอ และตำบล: thai-province-data โดย Kongvut Sangkla สัญญาอนุญาต MIT</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>ผู้มีส่วนร่วม</translation>
        </message>
        <message>
            <source>Licence: {name}</source>
            <translation>สัญญาอนุญาต: {name}</translation>
        </message>
        <message>
            <source>not made yet: it is made with the first workbook</source>
            <translation>ยังไม่มี จะสร้างเมื่อส่งออกไฟล์ครั้งแรก</translation>
        </message>
        <message>
            <source>Computer id</source>
            <translation>รหัสเครื่อง</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>กุญแจ</translation>
        </message>
        <message>
            <source>Full id</source>
            <translation>รหัสเต็ม</translation>
        </message>
        <message>
            <source>When the office imports your first workbook, it is told this computer's id and key. Read them out to the office over the phone: if they match, the workbook came from you.</source>
            <translation>เมื่อสำนักงานนำเข้าไฟล์แรกของท่าน โปรแกรมจะแจ้งรหัสเครื่องและกุญแจของเครื่องนี้ให้สำนักงานทราบ โปรดอ่านให้สำนักงานฟังทางโทรศัพท์ หากตรงกัน แสดงว่าไฟล์นั้นมาจากท่านจริง</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>เครื่องนี้</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>User guide</source>
            <translation>คู่มือการใช้งาน</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Officer profile</source>
            <translation>ข้อมูลเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Welcome to OTOP Desk. Who is using this computer? These details appear on printed visit summaries and monthly exports.</source>
            <translation>ยินดีต้อนรับสู่ OTOP Desk ใครเป็นผู้ใช้เครื่องนี้? ข้อมูลนี้จะปรากฏในแบบสรุปการเยี่ยมที่พิมพ์และในไฟล์ส่งออกรายเดือน</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>ตั้งค่า</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ภาษา (&amp;L)</translation>
        </message>
        <message>
            <source>the database in your user data folder</source>
            <translation>ฐานข้อมูลในโฟลเดอร์ข้อมูลของผู้ใช้</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>เลือกที่เก็บ… (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Database</source>
            <translation>ฐานข้อมูล (&amp;D)</translation>
        </message>
        <message>
            <source>A database file, or the office's shared database on a PostgreSQL server, e.g.
postgresql://kanya@192.168.1.10/otop
Leave empty for the database in your user data folder. The change takes effect the next time OTOP Desk starts.</source>
            <translation>ไฟล์ฐานข้อมูล หรือฐานข้อมูลกลางของสำนักงานบนเซิร์ฟเวอร์ PostgreSQL เช่น
postgresql://kanya@192.168.1.10/otop
เว้นว่างไว้เพื่อใช้ฐานข้อมูลในโฟลเดอร์ข้อมูลของผู้ใช้ การเปลี่ยนแปลงจะมีผลเมื่อเปิดโปรแกรม OTOP Desk ครั้งถัดไป</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>ไฟล์ฐานข้อมูล</translation>
        </message>
        <message>
            <source>OTOP Desk databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>ฐานข้อมูล OTOP Desk (*.sqlite3 *.db);;ทุกไฟล์ (*)</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>ฐานข้อมูล</translation>
        </message>
        <message>
            <source>This is not a PostgreSQL database address. Write it as postgresql://user@server/database (or a file path).</source>
            <translation>ที่อยู่นี้ไม่ใช่ฐานข้อมูล PostgreSQL กรุณาเขียนในรูปแบบ postgresql://ผู้ใช้@เซิร์ฟเวอร์/ชื่อฐานข้อมูล (หรือระบุเป็นที่อยู่ไฟล์)</translation>
        </message>
        <message>
            <source>OTOP Desk will open this database the next time it starts:
{database}</source>
            <translation>OTOP Desk จะเปิดฐานข้อมูลนี้เมื่อเริ่มโปรแกรมครั้งถัดไป:
{database}</translation>
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <source>Home: what needs attention today (follow-ups and visits due, overdue problems, groups not visited for a long time, coming trainings) and the month in charts. Double-click an item to open it.</source>
            <translation>หน้าแรก: งานที่ต้องดูแลวันนี้ (การติดตามและการเยี่ยมที่ถึงกำหนด ปัญหาที่เลยกำหนด กลุ่มที่ไม่ได้เยี่ยมนาน การอบรมที่จะมาถึง) และแผนภูมิของเดือน ดับเบิลคลิกรายการเพื่อเปิด</translation>
        </message>
        <message>
            <source>The register of producer groups: every other record hangs on a group. Type part of a name, village or product to find one; Ctrl+N adds a group.</source>
            <translation>ทะเบียนกลุ่มผู้ผลิต บันทึกอื่นทั้งหมดผูกกับกลุ่ม พิมพ์ส่วนหนึ่งของชื่อกลุ่ม หมู่บ้าน หรือผลิตภัณฑ์เพื่อค้นหา กด Ctrl+N เพื่อเพิ่มกลุ่ม</translation>
        </message>
        <message>
            <source>Your visits to groups: what you saw, the advice given and what was agreed. Ctrl+P prints the Thai visit summary.</source>
            <translation>การเยี่ยมกลุ่ม: สิ่งที่พบ คำแนะนำที่ให้ และสิ่งที่ตกลงจะดำเนินการต่อ กด Ctrl+P เพื่อพิมพ์แบบสรุปผลการเยี่ยม</translation>
        </message>
        <message>
            <source>Problems found with groups and what was done about them, until solved. Overdue problems stand out in red.</source>
            <translation>ปัญหาที่พบในกลุ่มและสิ่งที่ได้ดำเนินการร่วมกันจนแก้ไขได้ ปัญหาที่เลยกำหนดจะแสดงเป็นสีแดง</translation>
        </message>
        <message>
            <source>Trainings, forums and study visits: who came, test scores and satisfaction; print the sign-in sheet before and the summary after.</source>
            <translation>การอบรม เวทีให้ความรู้ และการศึกษาดูงาน: ผู้เข้าร่วม คะแนนทดสอบ และความพึงพอใจ พิมพ์ใบลงชื่อก่อนจัดและสรุปผลหลังจัด</translation>
        </message>
        <message>
            <source>Each group's cash book, monthly summary, product costing and trade-fair sales.</source>
            <translation>บัญชีรับ-จ่ายของแต่ละกลุ่ม สรุปรายเดือน ต้นทุนผลิตภัณฑ์ และยอดขายในงานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Business plans drafted with the groups, one a fiscal year: the monthly sales targets against the sales, printed for the chair and you to sign. The Reports menu makes the department's reports and a group's evidence pack.</source>
            <translation>แผนธุรกิจที่จัดทำร่วมกับกลุ่ม ปีงบประมาณละหนึ่งแผน เทียบเป้าหมายยอดขายรายเดือนกับยอดขายจริง และพิมพ์ให้ประธานกลุ่มกับท่านลงนาม เมนูรายงานใช้จัดทำรายงานตามแบบของกรมและแฟ้มหลักฐานของกลุ่ม</translation>
        </message>
        <message>
            <source>The OTOP network: committees and their meetings with minutes to print, and how fair booths were chosen (scores, the committee's decision and its reasons).</source>
            <translation>เครือข่าย OTOP: คณะกรรมการและการประชุม พร้อมพิมพ์รายงานการประชุม และการคัดเลือกกลุ่มเข้าบูธในงานแสดงสินค้า (คะแนน มติคณะกรรมการ และเหตุผล)</translation>
        </message>
        <message>
            <source>At month end use File → Export month… to make the Excel workbook for the office. Backups are made every day; File → Back up now makes one at once.</source>
            <translation>เมื่อสิ้นเดือน ใช้เมนู แฟ้ม → ส่งออกข้อมูลประจำเดือน… เพื่อทำไฟล์ Excel ส่งสำนักงาน โปรแกรมสำรองข้อมูลให้ทุกวัน และสำรองทันทีได้ที่ แฟ้ม → สำรองข้อมูลเดี๋ยวนี้</translation>
        </message>
    </context>
    <context>
        <name>TourDialog</name>
        <message>
            <source>A short tour</source>
            <translation>แนะนำการใช้งานโดยย่อ</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>ย้อนกลับ</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>ถัดไป</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>ทุกสิ้นเดือน</translation>
        </message>
        <message>
            <source>Start working</source>
            <translation>เริ่มใช้งาน</translation>
        </message>
    </context>
</TS>
