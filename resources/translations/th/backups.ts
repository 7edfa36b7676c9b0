<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>BackupMenu</name>
        <message>
            <source>Back up</source>
            <translation>สำรองข้อมูล</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>กำลังสำรองฐานข้อมูล…</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>สำรองข้อมูลไม่สำเร็จ</translation>
        </message>
        <message>
            <source>The database has been backed up to:
{file}</source>
            <translation>สำรองฐานข้อมูลไว้ที่:
{file}</translation>
        </message>
        <message>
            <source>Back up to a folder (e.g. a USB drive)</source>
            <translation>สำรองไปยังโฟลเดอร์ (เช่น แฟลชไดรฟ์)</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;สำรองข้อมูลเดี๋ยวนี้</translation>
        </message>
        <message>
            <source>Back up &amp;to a folder…</source>
            <translation>สำรองไปยัง&amp;โฟลเดอร์…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;กู้คืนจากข้อมูลสำรอง…</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>daily</source>
            <translation>ประจำวัน</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>สำรองด้วยตนเอง</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>ก่อนปรับรุ่นฐานข้อมูล</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>ก่อนนำเข้าข้อมูล</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>ก่อนกู้คืน</translation>
        </message>
        <message>
            <source>The disk is full: nothing was written to {place}. Records saved before are safe. Free some space (or choose another drive) and try again.</source>
            <translation>ดิสก์เต็ม: ไม่ได้เขียนข้อมูลใดลงใน {place} ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ กรุณาเพิ่มพื้นที่ว่าง (หรือเลือกไดรฟ์อื่น) แล้วลองใหม่</translation>
        </message>
        <message>
            <source>{place} is a file, not a folder: nothing was written. Records saved before are safe. Choose a folder for the backups, or move that file away.</source>
            <translation>{place} เป็นไฟล์ ไม่ใช่โฟลเดอร์ จึงไม่ได้บันทึกอะไรลงไป ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ กรุณาเลือกโฟลเดอร์สำหรับเก็บสำรองข้อมูล หรือย้ายไฟล์นั้นออกไปก่อน</translation>
        </message>
        <message>
            <source>The database could not be copied: it stayed busy or cannot be read consistently (a read-only drive or file?). Nothing was written to {place}.</source>
            <translation>คัดลอกฐานข้อมูลไม่ได้ เพราะฐานข้อมูลถูกใช้งานอยู่ตลอด หรืออ่านให้ครบถ้วนไม่ได้ (อยู่ในไดรฟ์หรือไฟล์ที่อ่านได้อย่างเดียวหรือไม่) ไม่ได้เขียนอะไรลงใน {place}</translation>
        </message>
        <message>
            <source>{place} cannot be written to (read-only or no permission). Records saved before are safe. Choose a folder you may write to, or unlock the drive.</source>
            <translation>ไม่สามารถเขียนลงใน {place} ได้ (อ่านได้อย่างเดียวหรือไม่มีสิทธิ์) ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ กรุณาเลือกโฟลเดอร์ที่เขียนได้ หรือปลดล็อกไดรฟ์</translation>
        </message>
        <message>
            <source>Writing to {place} failed: {error}. Records saved before are safe.</source>
            <translation>เขียนลงใน {place} ไม่สำเร็จ: {error} ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ</translation>
        </message>
        <message>
            <source>The backup {file} is damaged or not an OTOP Desk database; choose another one.</source>
            <translation>ข้อมูลสำรอง {file} เสียหายหรือไม่ใช่ฐานข้อมูลของ OTOP Desk กรุณาเลือกไฟล์อื่น</translation>
        </message>
        <message>
            <source>{file} is not an OTOP Desk database; choose another one.</source>
            <translation>{file} ไม่ใช่ฐานข้อมูลของ OTOP Desk กรุณาเลือกไฟล์อื่น</translation>
        </message>
        <message>
            <source>{file} was written by a newer version of OTOP Desk; install it first.</source>
            <translation>{file} บันทึกโดย OTOP Desk รุ่นที่ใหม่กว่า กรุณาติดตั้งรุ่นนั้นก่อน</translation>
        </message>
        <message>
            <source>Only a database file can be backed up here.</source>
            <translation>สำรองข้อมูลได้เฉพาะฐานข้อมูลที่เป็นไฟล์เท่านั้น</translation>
        </message>
        <message>
            <source>That is the open database itself.</source>
            <translation>ไฟล์นี้คือฐานข้อมูลที่เปิดใช้งานอยู่</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Taken</source>
            <translation>เวลาที่สำรอง</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>เหตุที่สำรอง</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>ระเบียน</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ขนาด</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ไฟล์</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>the disk</source>
            <translation>ดิสก์</translation>
        </message>
        <message>
            <source>Something unexpected went wrong: {error}

Records saved before are safe; the last change may not have been saved. Please check it and try again.</source>
            <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด: {error}

ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ แต่การแก้ไขล่าสุดอาจยังไม่ได้บันทึก กรุณาตรวจสอบแล้วลองใหม่</translation>
        </message>
        <message>
            <source>The details are in the log file:
{file}</source>
            <translation>รายละเอียดอยู่ในไฟล์บันทึกเหตุการณ์:
{file}</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>เกิดข้อผิดพลาด</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>กู้คืนจากข้อมูลสำรอง</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. The database as it is now is backed up first, so a restore can itself be undone.</source>
            <translation>เลือกข้อมูลสำรองที่ต้องการย้อนกลับไป ระบบจะสำรองฐานข้อมูลปัจจุบันไว้ก่อน จึงยกเลิกการกู้คืนภายหลังได้</translation>
        </message>
        <message>
            <source>Type a date or a word to filter (Ctrl+F)</source>
            <translation>พิมพ์วันที่หรือคำเพื่อกรอง (Ctrl+F)</translation>
        </message>
        <message>
            <source>There are no backups of this database yet.</source>
            <translation>ยังไม่มีข้อมูลสำรองของฐานข้อมูลนี้</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>&amp;Restore selected</source>
            <translation>&amp;กู้คืนรายการที่เลือก</translation>
        </message>
        <message>
            <source>From a &amp;file…</source>
            <translation>จาก&amp;ไฟล์…</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>กู้คืนจากไฟล์</translation>
        </message>
        <message>
            <source>OTOP Desk databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>ฐานข้อมูล OTOP Desk (*.sqlite3 *.db);;ทุกไฟล์ (*)</translation>
        </message>
        <message>
            <source>Replace the database with the backup of {when}? Changes made since then are replaced; the database as it is now is backed up first.</source>
            <translation>แทนที่ฐานข้อมูลด้วยข้อมูลสำรองเมื่อ {when} หรือไม่ การเปลี่ยนแปลงหลังจากนั้นจะถูกแทนที่ ระบบจะสำรองฐานข้อมูลปัจจุบันไว้ก่อน</translation>
        </message>
        <message>
            <source>Checking and restoring the backup…</source>
            <translation>กำลังตรวจสอบและกู้คืนข้อมูลสำรอง…</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>กู้คืนไม่สำเร็จ</translation>
        </message>
        <message>
            <source>The backup of {when} has been restored.</source>
            <translation>กู้คืนข้อมูลสำรองเมื่อ {when} เรียบร้อยแล้ว</translation>
        </message>
        <message>
            <source>The database as it was before is kept as:
{file}</source>
            <translation>ฐานข้อมูลก่อนการกู้คืนเก็บไว้ที่:
{file}</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>OTOP Desk is already open</source>
            <translation>OTOP Desk เปิดอยู่แล้ว</translation>
        </message>
        <message>
            <source>This database is already open in another OTOP Desk window on this computer (process {pid}). Switch to that window; two windows writing the same records would overwrite each other's work.

{path}</source>
            <translation>ฐานข้อมูลนี้เปิดอยู่ในหน้าต่าง OTOP Desk อื่นบนเครื่องนี้ (โพรเซส {pid}) กรุณาสลับไปใช้หน้าต่างนั้น หากสองหน้าต่างบันทึกข้อมูลเดียวกัน งานของอีกฝ่ายจะถูกเขียนทับ

{path}</translation>
        </message>
        <message>
            <source>Database in use</source>
            <translation>ฐานข้อมูลกำลังถูกใช้งาน</translation>
        </message>
        <message>
            <source>This database is in use by OTOP Desk on the computer "{host}" (since {since}). If that copy is closed or that computer crashed, you may take the database over.

{path}</source>
            <translation>ฐานข้อมูลนี้กำลังถูกใช้งานโดย OTOP Desk บนเครื่อง "{host}" (ตั้งแต่ {since}) หากโปรแกรมบนเครื่องนั้นปิดไปแล้วหรือเครื่องนั้นขัดข้อง ท่านสามารถรับช่วงใช้ฐานข้อมูลนี้ได้

{path}</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>รับช่วงใช้งาน</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>ออกจากโปรแกรม</translation>
        </message>
        <message>
            <source>The file has not been changed.</source>
            <translation>ไฟล์นี้ยังไม่ถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>Choose a backup file…</source>
            <translation>เลือกไฟล์ข้อมูลสำรอง…</translation>
        </message>
        <message>
            <source>The newest good backup is from {when}: {groups} groups, {records} records. Restore it? The damaged file is kept beside the database as {name}.damaged-…</source>
            <translation>ข้อมูลสำรองล่าสุดที่ใช้ได้คือเมื่อ {when}: {groups} กลุ่ม {records} ระเบียน ต้องการกู้คืนหรือไม่ ไฟล์ที่เสียหายจะเก็บไว้ข้างฐานข้อมูลในชื่อ {name}.damaged-…</translation>
        </message>
        <message>
            <source>Restore the newest good backup</source>
            <translation>กู้คืนข้อมูลสำรองล่าสุดที่ใช้ได้</translation>
        </message>
        <message>
            <source>No good backup was found in {folder}.</source>
            <translation>ไม่พบข้อมูลสำรองที่ใช้ได้ใน {folder}</translation>
        </message>
        <message>
            <source>The database cannot be used</source>
            <translation>ใช้ฐานข้อมูลนี้ไม่ได้</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>เลือกไฟล์ข้อมูลสำรอง</translation>
        </message>
        <message>
            <source>OTOP Desk databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>ฐานข้อมูล OTOP Desk (*.sqlite3 *.db);;ทุกไฟล์ (*)</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>กู้คืนไม่สำเร็จ</translation>
        </message>
        <message>
            <source>{path} is not an OTOP Desk database (it is some other kind of file).</source>
            <translation>{path} ไม่ใช่ฐานข้อมูลของ OTOP Desk (เป็นไฟล์ประเภทอื่น)</translation>
        </message>
        <message>
            <source>{path} cannot be read: {error}</source>
            <translation>อ่านไฟล์ {path} ไม่ได้: {error}</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({error}). This can happen when a laptop loses power or a USB drive is pulled out while saving.</source>
            <translation>ฐานข้อมูล {path} เสียหาย ({error}) อาจเกิดจากไฟดับหรือแบตเตอรี่หมด หรือถอดแฟลชไดรฟ์ออกขณะกำลังบันทึก</translation>
        </message>
        <message>
            <source>This database was written by an older version of OTOP Desk and must be upgraded, but it cannot be written to (a write-protected drive or file). Copy it to a folder you may write to and open the copy.

{path}</source>
            <translation>ฐานข้อมูลนี้สร้างด้วย OTOP Desk รุ่นเก่าและต้องปรับรุ่นก่อนใช้งาน แต่เขียนลงไม่ได้ (อยู่ในไดรฟ์หรือไฟล์ที่ป้องกันการเขียน) กรุณาคัดลอกไปไว้ในโฟลเดอร์ที่เขียนได้ แล้วเปิดไฟล์ที่คัดลอกนั้น

{path}</translation>
        </message>
        <message>
            <source>Database too new</source>
            <translation>ฐานข้อมูลเป็นรุ่นใหม่กว่าโปรแกรม</translation>
        </message>
        <message>
            <source>This database was written by a newer version of OTOP Desk. It has not been changed. Please install the newer version.

{path}</source>
            <translation>ฐานข้อมูลนี้บันทึกโดย OTOP Desk รุ่นที่ใหม่กว่า ไฟล์ยังไม่ถูกเปลี่ยนแปลง กรุณาติดตั้งโปรแกรมรุ่นใหม่

{path}</translation>
        </message>
        <message>
            <source>Not an OTOP Desk database</source>
            <translation>ไม่ใช่ฐานข้อมูลของ OTOP Desk</translation>
        </message>
        <message>
            <source>The file holds other data and was not changed:

{path}</source>
            <translation>ไฟล์นี้เก็บข้อมูลอื่นอยู่ และไม่ถูกเปลี่ยนแปลง:

{path}</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>เปิดฐานข้อมูลไม่ได้</translation>
        </message>
        <message>
            <source>OTOP Desk could not open the database:

{path}

{error}</source>
            <translation>OTOP Desk เปิดฐานข้อมูลไม่ได้:

{path}

{error}</translation>
        </message>
        <message>
            <source>Daily backup failed</source>
            <translation>สำรองข้อมูลประจำวันไม่สำเร็จ</translation>
        </message>
    </context>
</TS>
