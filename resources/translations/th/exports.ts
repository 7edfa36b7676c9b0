<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Columns</name>
        <message>
            <source>Found</source>
            <translation>วันที่พบ</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>ประเภทข้อมูล</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ข้อมูล</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>ค่าที่ใช้</translation>
        </message>
        <message>
            <source>Kept from</source>
            <translation>ใช้ค่าของ</translation>
        </message>
        <message>
            <source>Not kept</source>
            <translation>ค่าที่ไม่ได้ใช้</translation>
        </message>
        <message>
            <source>Not kept, from</source>
            <translation>ค่าที่ไม่ได้ใช้ มาจาก</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>ส่งออกเมื่อ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <source>Records in file</source>
            <translation>จำนวนรายการ</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>เนื้อหา</translation>
        </message>
        <message>
            <source>Uploaded</source>
            <translation>ส่งแล้วเมื่อ</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>เจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>พื้นที่</translation>
        </message>
        <message>
            <source>Last workbook received</source>
            <translation>รับไฟล์ล่าสุด</translation>
        </message>
        <message>
            <source>Laptop id</source>
            <translation>รหัสเครื่อง</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>deleted elsewhere</source>
            <translation>ถูกลบที่เครื่องอื่น</translation>
        </message>
        <message>
            <source>two records share one id</source>
            <translation>สองระเบียนใช้รหัสเดียวกัน</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(ลบแล้ว)</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>เครื่องนี้</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>ข้อมูลขัดแย้ง</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>กรอง</translation>
        </message>
        <message>
            <source>&amp;Keep as it is</source>
            <translation>&amp;คงไว้อย่างนี้</translation>
        </message>
        <message>
            <source>&amp;Use the value not kept</source>
            <translation>&amp;ใช้ค่าที่ไม่ได้ใช้แทน</translation>
        </message>
        <message>
            <source>{count} changes were made on two computers without knowledge of each other. Every copy kept the later change (a deletion wins over an edit it did not know of), so all agree. Leave each as it is, or use the value that was not kept: that becomes a change of yours and travels to the others.</source>
            <translation>มีการแก้ไข {count} รายการจากสองเครื่องโดยไม่รู้ถึงกัน ทุกเครื่องใช้ค่าที่แก้ไขทีหลัง (การลบมีผลเหนือการแก้ไขที่ไม่รู้ว่ามีการลบ) ข้อมูลทุกเครื่องจึงตรงกันแล้ว จะคงไว้อย่างนี้ หรือเลือกใช้ค่าที่ไม่ได้ใช้แทนก็ได้ ซึ่งจะนับเป็นการแก้ไขของท่านและส่งต่อไปยังเครื่องอื่น</translation>
        </message>
        <message>
            <source>The record was deleted meanwhile; the conflict is left as it was.</source>
            <translation>ระเบียนนี้ถูกลบไปแล้วในระหว่างนี้ จึงคงรายการนี้ไว้ตามเดิม</translation>
        </message>
    </context>
    <context>
        <name>ExchangeFiles</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>ไฟล์ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>The workbook could not be written: {reason}</source>
            <translation>เขียนไฟล์ไม่ได้: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export month</source>
            <translation>ส่งออกข้อมูลประจำเดือน</translation>
        </message>
        <message>
            <source>BE </source>
            <translation>พ.ศ. </translation>
        </message>
        <message>
            <source>Where to save the workbook</source>
            <translation>ตำแหน่งที่จะบันทึกไฟล์</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>เลือกที่เก็บ… (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Only records added or changed since the last export</source>
            <translation>เฉพาะรายการที่เพิ่มหรือแก้ไขหลังการส่งออกครั้งล่าสุด (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Leave out personal data (names and phone numbers of members and participants, PDPA)</source>
            <translation>ไม่รวมข้อมูลส่วนบุคคล (ชื่อและเบอร์โทรศัพท์ของสมาชิกและผู้เข้ารับการอบรม ตาม PDPA) (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>เดือน (&amp;M):</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>ไฟล์ (&amp;F):</translation>
        </message>
        <message>
            <source>Not yet exported:</source>
            <translation>ยังไม่ได้ส่งออก:</translation>
        </message>
        <message>
            <source>Filter earlier exports</source>
            <translation>กรองรายการส่งออก</translation>
        </message>
        <message>
            <source>Mark as &amp;uploaded</source>
            <translation>ทำเครื่องหมายว่าส่งแล้ว (&amp;U)</translation>
        </message>
        <message>
            <source>Earlier exports (bold: not yet uploaded):</source>
            <translation>การส่งออกที่ผ่านมา (ตัวหนา: ยังไม่ได้ส่ง):</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>ส่งออก (&amp;E)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>&amp;Only records added or changed since the last export ({count})</source>
            <translation>เฉพาะรายการที่เพิ่มหรือแก้ไขหลังการส่งออกครั้งล่าสุด ({count} รายการ) (&amp;O)</translation>
        </message>
        <message>
            <source>Save the workbook as</source>
            <translation>บันทึกไฟล์เป็น</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>ไฟล์ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Mark as uploaded</source>
            <translation>ทำเครื่องหมายว่าส่งแล้ว</translation>
        </message>
        <message>
            <source>Select an export in the list first.</source>
            <translation>กรุณาเลือกรายการส่งออกในตารางก่อน</translation>
        </message>
        <message>
            <source>{file} already exists. Replace it?</source>
            <translation>มีไฟล์ {file} อยู่แล้ว ต้องการบันทึกทับหรือไม่</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>ส่งออกไม่สำเร็จ</translation>
        </message>
        <message>
            <source>The workbook could not be written: {reason}</source>
            <translation>เขียนไฟล์ไม่ได้: {reason}</translation>
        </message>
        <message>
            <source>{count} records were written to {file}.</source>
            <translation>บันทึก {count} รายการลงในไฟล์ {file} แล้ว</translation>
        </message>
        <message>
            <source>{count} photo(s) are in {archive}: send it together with the workbook.</source>
            <translation>ภาพถ่าย {count} ภาพอยู่ในไฟล์ {archive} กรุณาส่งไฟล์นี้ไปพร้อมกับสมุดงาน</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>กำลังเขียนไฟล์…</translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <source>Not yet exported: {count}</source>
            <translation>ยังไม่ได้ส่งออก: {count} รายการ</translation>
        </message>
        <message>
            <source>Everything exported</source>
            <translation>ส่งออกครบแล้ว</translation>
        </message>
        <message>
            <source>Records added or changed since the last export (File → Export month…)</source>
            <translation>รายการที่เพิ่มหรือแก้ไขหลังการส่งออกครั้งล่าสุด (แฟ้ม → ส่งออกข้อมูลประจำเดือน…)</translation>
        </message>
        <message>
            <source>E&amp;xport month…</source>
            <translation>ส่งออกข้อมูลประจำเดือน… (&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Import workbooks…</source>
            <translation>นำเข้าไฟล์ข้อมูล… (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Conflicts…</source>
            <translation>ข้อมูลที่&amp;แก้ไขซ้อนกัน…</translation>
        </message>
        <message>
            <source>&amp;Workbook for an officer…</source>
            <translation>ไฟล์ส่งกลับให้เจ้าหน้าที่… (&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Hand over groups…</source>
            <translation>ส่งมอบกลุ่ม… (&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Nothing exported yet: all {count} records are new.</source>
            <translation>ยังไม่เคยส่งออก: ทั้ง {count} รายการเป็นข้อมูลใหม่</translation>
        </message>
        <message>
            <source>{count} records added or changed since the last export ({when}).</source>
            <translation>มี {count} รายการที่เพิ่มหรือแก้ไขหลังการส่งออกครั้งล่าสุด ({when})</translation>
        </message>
        <message>
            <source>changes only</source>
            <translation>เฉพาะที่เปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>whole month</source>
            <translation>ทั้งเดือน</translation>
        </message>
        <message>
            <source>without personal data</source>
            <translation>ไม่รวมข้อมูลส่วนบุคคล</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>File</source>
            <translation>ไฟล์</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over groups</source>
            <translation>ส่งมอบกลุ่ม</translation>
        </message>
        <message>
            <source>Tick the groups another officer takes over. The workbook carries each group's whole history, every visit, problem, training place and cash-book entry from the beginning; the officer taking them over imports it with File → Import workbooks…</source>
            <translation>เลือกกลุ่มที่จะส่งมอบให้เจ้าหน้าที่คนอื่นดูแลต่อ ไฟล์จะมีประวัติทั้งหมดของแต่ละกลุ่มตั้งแต่ต้น ทั้งการเยี่ยม ปัญหา การเข้าอบรม และรายการบัญชีรับ-จ่าย เจ้าหน้าที่ผู้รับช่วงนำเข้าได้ที่ แฟ้ม → นำเข้าไฟล์ข้อมูล…</translation>
        </message>
        <message>
            <source>Type part of a group name or village (Ctrl+F)</source>
            <translation>พิมพ์ชื่อกลุ่มหรือหมู่บ้านบางส่วน (Ctrl+F)</translation>
        </message>
        <message>
            <source>Tick those shown</source>
            <translation>เลือกทุกกลุ่มที่แสดง</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>ไม่เลือกทั้งหมด</translation>
        </message>
        <message>
            <source>&amp;Write workbook…</source>
            <translation>บันทึกไฟล์… (&amp;W)</translation>
        </message>
        <message>
            <source>{count} groups ticked</source>
            <translation>เลือกแล้ว {count} กลุ่ม</translation>
        </message>
        <message>
            <source>{count} groups</source>
            <translation>{count} กลุ่ม</translation>
        </message>
        <message>
            <source>handover</source>
            <translation>ส่งมอบกลุ่ม</translation>
        </message>
        <message>
            <source>{groups} groups were written to {file}, with {count} changes: their whole history. The officer taking them over imports it with File → Import workbooks…</source>
            <translation>บันทึกข้อมูล {groups} กลุ่มลงใน {file} แล้ว รวม {count} รายการเปลี่ยนแปลง ซึ่งเป็นประวัติทั้งหมดของกลุ่ม เจ้าหน้าที่ผู้รับช่วงนำเข้าได้ที่ แฟ้ม → นำเข้าไฟล์ข้อมูล…</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Added: {count} × {what}</source>
            <translation>เพิ่ม: {what} {count} รายการ</translation>
        </message>
        <message>
            <source>Updated: {count} × {what}</source>
            <translation>ปรับปรุง: {what} {count} รายการ</translation>
        </message>
        <message>
            <source>Deleted: {count} × {what}</source>
            <translation>ลบ: {what} {count} รายการ</translation>
        </message>
        <message>
            <source>Changes received: {new}; already here: {known}</source>
            <translation>ได้รับการเปลี่ยนแปลงใหม่ {new} รายการ มีอยู่แล้ว {known} รายการ</translation>
        </message>
        <message>
            <source>First workbook from {sender}: its key is {key}. Compare it with the key shown in that OTOP Desk (Help → About).</source>
            <translation>ไฟล์แรกจาก {sender} กุญแจของเครื่องคือ {key} กรุณาเทียบกับกุญแจที่แสดงใน OTOP Desk เครื่องนั้น (วิธีใช้ → เกี่ยวกับ)</translation>
        </message>
        <message>
            <source>{count} changes were made here and elsewhere without knowledge of each other; the later one was kept.</source>
            <translation>มีการแก้ไข {count} รายการทั้งที่เครื่องนี้และเครื่องอื่นโดยไม่รู้ถึงกัน ได้ใช้ค่าที่แก้ไขทีหลัง</translation>
        </message>
        <message>
            <source>Import it anyway? Do so only if the officer has confirmed the new key.</source>
            <translation>จะนำเข้าหรือไม่ ควรนำเข้าเมื่อเจ้าหน้าที่ยืนยันกุญแจใหม่แล้วเท่านั้น</translation>
        </message>
        <message>
            <source>Look at the conflicts now?</source>
            <translation>ต้องการดูรายการที่แก้ไขซ้อนกันเลยหรือไม่</translation>
        </message>
        <message>
            <source>Import workbooks</source>
            <translation>นำเข้าไฟล์ข้อมูล</translation>
        </message>
        <message>
            <source>Merging the workbooks…</source>
            <translation>กำลังรวมข้อมูลจากไฟล์…</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>ไฟล์ Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Workbook for an officer</source>
            <translation>ไฟล์ส่งกลับให้เจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Choose the officer to write a workbook for. It carries what this database holds of the officer's groups and area that the officer's laptop does not have yet, changes made here and those received from others. The officer imports it with File → Import workbooks…</source>
            <translation>เลือกเจ้าหน้าที่ที่จะทำไฟล์ส่งกลับให้ ไฟล์จะมีข้อมูลกลุ่มและพื้นที่ของเจ้าหน้าที่คนนั้นที่เครื่องของเขายังไม่มี ทั้งที่แก้ไขที่นี่และที่ได้รับจากผู้อื่น เจ้าหน้าที่นำเข้าได้ที่ แฟ้ม → นำเข้าไฟล์ข้อมูล…</translation>
        </message>
        <message>
            <source>Type a name, an office, a district or an id to filter (Ctrl+F)</source>
            <translation>พิมพ์ชื่อ หน่วยงาน อำเภอ หรือรหัสเครื่อง เพื่อกรอง (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Write workbook…</source>
            <translation>บันทึกไฟล์… (&amp;W)</translation>
        </message>
        <message>
            <source>return</source>
            <translation>ส่งกลับ</translation>
        </message>
        <message>
            <source>The workbook for {officer} was written to {file}. It carries {count} changes; the officer imports it with File → Import workbooks…</source>
            <translation>บันทึกไฟล์สำหรับ {officer} ไว้ที่ {file} แล้ว มีการเปลี่ยนแปลง {count} รายการ เจ้าหน้าที่นำเข้าได้ที่ แฟ้ม → นำเข้าไฟล์ข้อมูล…</translation>
        </message>
        <message>
            <source>The workbook for {officer} was written to {file}. It carries no change: the officer's laptop already has everything this database holds for it.</source>
            <translation>บันทึกไฟล์สำหรับ {officer} ไว้ที่ {file} แล้ว ไม่มีการเปลี่ยนแปลงใหม่ เพราะเครื่องของเจ้าหน้าที่มีข้อมูลครบตามฐานข้อมูลนี้แล้ว</translation>
        </message>
        <message>
            <source>This database has not received a workbook from any officer yet. A return workbook is written for an officer whose monthly workbook was imported here (File → Import workbooks…).</source>
            <translation>ฐานข้อมูลนี้ยังไม่เคยได้รับไฟล์จากเจ้าหน้าที่คนใด ไฟล์ส่งกลับทำได้สำหรับเจ้าหน้าที่ที่นำเข้าไฟล์ประจำเดือนของเขาที่นี่แล้ว (แฟ้ม → นำเข้าไฟล์ข้อมูล…)</translation>
        </message>
    </context>
</TS>
