<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>ApplicantsDialog</name>
        <message>
            <source>Groups that applied</source>
            <translation>กลุ่มที่สมัคร</translation>
        </message>
        <message>
            <source>Type part of a group name or village</source>
            <translation>พิมพ์ส่วนหนึ่งของชื่อกลุ่มหรือหมู่บ้าน</translation>
        </message>
    </context>
    <context>
        <name>Books</name>
        <message>
            <source>Month already exported</source>
            <translation>เดือนนี้ส่งออกข้อมูลแล้ว</translation>
        </message>
        <message>
            <source>The workbook of {months} was already exported. {action} will be recorded in the change log and go out with the next export. Continue?</source>
            <translation>ข้อมูลเดือน {months} ส่งออกเป็นไฟล์ Excel แล้ว {action}จะถูกบันทึกในประวัติการแก้ไขและส่งไปกับการส่งออกครั้งถัดไป ต้องการดำเนินการต่อหรือไม่?</translation>
        </message>
    </context>
    <context>
        <name>BooksTab</name>
        <message>
            <source>Opening balance…</source>
            <translation>ยอดยกมา…</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>ส่งออกเป็น Excel…</translation>
        </message>
        <message>
            <source>Write the whole cash book, every year, to an Excel file</source>
            <translation>เขียนสมุดเงินสดทั้งหมดทุกปีลงในไฟล์ Excel</translation>
        </message>
        <message>
            <source>Cash book</source>
            <translation>บัญชีรับ-จ่าย</translation>
        </message>
        <message>
            <source>Monthly summary</source>
            <translation>สรุปรายเดือน</translation>
        </message>
        <message>
            <source>Costing sheets</source>
            <translation>ต้นทุนผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Trade fairs</source>
            <translation>งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Bookkeeping</source>
            <translation>บัญชีกลุ่ม</translation>
        </message>
        <message>
            <source>Search description, category, document or amount (Ctrl+F)</source>
            <translation>ค้นหารายการ หมวด เลขที่เอกสาร หรือจำนวนเงิน (Ctrl+F)</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>ทุกปี</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} entries</source>
            <translation>แสดง {shown} จาก {total} รายการ</translation>
        </message>
        <message>
            <source> on {date}</source>
            <translation> ณ วันที่ {date}</translation>
        </message>
        <message>
            <source>Opening balance {amount} baht{since}</source>
            <translation>ยอดยกมา {amount} บาท{since}</translation>
        </message>
        <message>
            <source>Balance now: {amount} baht</source>
            <translation>คงเหลือปัจจุบัน: {amount} บาท</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>ลบรายการ</translation>
        </message>
        <message>
            <source>Delete the entry of {date}: {category} {amount} baht “{text}”?</source>
            <translation>ลบรายการวันที่ {date}: {category} {amount} บาท “{text}” หรือไม่?</translation>
        </message>
        <message>
            <source>Deleting it</source>
            <translation>การลบรายการนี้</translation>
        </message>
        <message>
            <source>Export the cash book</source>
            <translation>ส่งออกสมุดเงินสด</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>ทุกกลุ่ม</translation>
        </message>
        <message>
            <source>This group</source>
            <translation>กลุ่มนี้</translation>
        </message>
        <message>
            <source>Write every entry of every year to one sheet: the cash book of {group}, or of all groups?</source>
            <translation>เขียนทุกรายการของทุกปีลงในแผ่นงานเดียว: สมุดเงินสดของ{group} หรือของทุกกลุ่ม?</translation>
        </message>
        <message>
            <source>this group</source>
            <translation>กลุ่มนี้</translation>
        </message>
        <message>
            <source>cash-book</source>
            <translation>สมุดเงินสด</translation>
        </message>
        <message>
            <source>all groups</source>
            <translation>ทุกกลุ่ม</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>ไฟล์ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the cash book…</source>
            <translation>กำลังเขียนสมุดเงินสด…</translation>
        </message>
        <message>
            <source>The workbook could not be written: {reason}</source>
            <translation>ไม่สามารถเขียนไฟล์ได้: {reason}</translation>
        </message>
        <message>
            <source>{count} entries were written to {file}.</source>
            <translation>เขียน {count} รายการลงในไฟล์ {file} แล้ว</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Income</source>
            <translation>รายรับ</translation>
        </message>
        <message>
            <source>Expense</source>
            <translation>รายจ่าย</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Cash-book category</source>
            <translation>หมวดรายการ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <source>Document no.</source>
            <translation>เลขที่เอกสาร</translation>
        </message>
        <message>
            <source>Paid to / received from</source>
            <translation>รับจาก / จ่ายให้</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>คงเหลือ</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>แผ่นต้นทุน</translation>
        </message>
        <message>
            <source>Units per batch</source>
            <translation>จำนวนต่อรอบการผลิต</translation>
        </message>
        <message>
            <source>Batch cost</source>
            <translation>ต้นทุนต่อรอบ</translation>
        </message>
        <message>
            <source>Cost per unit</source>
            <translation>ต้นทุนต่อหน่วย</translation>
        </message>
        <message>
            <source>Selling price</source>
            <translation>ราคาขาย</translation>
        </message>
        <message>
            <source>Margin per unit</source>
            <translation>กำไรต่อหน่วย</translation>
        </message>
        <message>
            <source>Break-even</source>
            <translation>จุดคุ้มทุน</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>งาน</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ตั้งแต่</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ถึง</translation>
        </message>
        <message>
            <source>Booths</source>
            <translation>จำนวนบูธ</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>สมัคร</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>ได้รับคัดเลือก</translation>
        </message>
        <message>
            <source>Total sales</source>
            <translation>ยอดขายรวม</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>อันดับ</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>ผลการคัดเลือก</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>บูธ</translation>
        </message>
        <message>
            <source>Days with sales</source>
            <translation>วันที่มียอดขาย</translation>
        </message>
        <message>
            <source>In cash books</source>
            <translation>ลงบัญชีแล้ว</translation>
        </message>
        <message>
            <source>Income or expense</source>
            <translation>รับ/จ่าย</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>จำนวนรายการ</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>จำนวนเงิน</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>รับสูง (ต่ำ) กว่าจ่าย</translation>
        </message>
        <message>
            <source>Closing balance</source>
            <translation>ยอดคงเหลือยกไป</translation>
        </message>
    </context>
    <context>
        <name>CostingDialog</name>
        <message>
            <source>New costing sheet</source>
            <translation>คำนวณต้นทุนใหม่</translation>
        </message>
        <message>
            <source>Costing sheet</source>
            <translation>แผ่นคำนวณต้นทุน</translation>
        </message>
        <message>
            <source>Figures for one batch</source>
            <translation>ผลการคำนวณต่อหนึ่งรอบการผลิต</translation>
        </message>
        <message>
            <source>Cost of the batch</source>
            <translation>ต้นทุนทั้งรอบ</translation>
        </message>
        <message>
            <source>Cost per unit</source>
            <translation>ต้นทุนต่อหน่วย</translation>
        </message>
        <message>
            <source>Margin per unit</source>
            <translation>กำไรต่อหน่วย</translation>
        </message>
        <message>
            <source>Profit if the whole batch sells</source>
            <translation>กำไรเมื่อขายได้หมดทั้งรอบ</translation>
        </message>
        <message>
            <source>Break-even quantity</source>
            <translation>จำนวนที่ต้องขายให้คุ้มทุน</translation>
        </message>
        <message>
            <source>Break-even quantity: how many units of this batch must be sold at the selling price to get the whole cost of the batch back (cost of the batch ÷ selling price, rounded up). Every unit sold after that is profit.</source>
            <translation>จำนวนที่ต้องขายให้คุ้มทุน: ต้องขายสินค้าในรอบการผลิตนี้กี่หน่วยตามราคาขาย จึงจะได้ต้นทุนทั้งรอบคืน (ต้นทุนทั้งรอบ ÷ ราคาขาย ปัดขึ้น) หน่วยที่ขายได้หลังจากนั้นเป็นกำไร</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Quantities and costs cannot be negative; a cost is shared over at least one batch.</source>
            <translation>ปริมาณและต้นทุนติดลบไม่ได้ และค่าใช้จ่ายต้องเฉลี่ยอย่างน้อยหนึ่งรอบการผลิต</translation>
        </message>
        <message>
            <source>{amount} baht</source>
            <translation>{amount} บาท</translation>
        </message>
        <message>
            <source>{amount} baht ({percent}% of the price)</source>
            <translation>{amount} บาท ({percent}% ของราคาขาย)</translation>
        </message>
        <message>
            <source>{count} of {batch} units</source>
            <translation>{count} จาก {batch} หน่วย</translation>
        </message>
        <message>
            <source>Type how many units one batch makes; with zero units there is no cost per unit.</source>
            <translation>ใส่จำนวนที่ผลิตได้ต่อรอบ ถ้าเป็นศูนย์จะคำนวณต้นทุนต่อหน่วยไม่ได้</translation>
        </message>
        <message>
            <source>Type a selling price to see the margin and the break-even quantity.</source>
            <translation>ใส่ราคาขายเพื่อดูกำไรและจำนวนที่ต้องขายให้คุ้มทุน</translation>
        </message>
        <message>
            <source>The selling price is below the cost per unit: even the whole batch does not pay for itself, so there is no break-even.</source>
            <translation>ราคาขายต่ำกว่าต้นทุนต่อหน่วย ขายหมดทั้งรอบก็ยังไม่คุ้มทุน จึงไม่มีจุดคุ้มทุน</translation>
        </message>
    </context>
    <context>
        <name>CostingView</name>
        <message>
            <source>New version</source>
            <translation>ฉบับใหม่</translation>
        </message>
        <message>
            <source>A new sheet copied from the selected one; the old one is kept as history</source>
            <translation>สร้างแผ่นต้นทุนใหม่โดยคัดลอกจากแผ่นที่เลือก แผ่นเดิมเก็บไว้เป็นประวัติ</translation>
        </message>
        <message>
            <source>Costing sheets</source>
            <translation>ต้นทุนผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Search product or sheet (Ctrl+F)</source>
            <translation>ค้นหาผลิตภัณฑ์หรือแผ่นต้นทุน (Ctrl+F)</translation>
        </message>
        <message>
            <source>All products</source>
            <translation>ทุกผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} sheets (older versions in grey)</source>
            <translation>แสดง {shown} จาก {total} แผ่น (ฉบับเก่าแสดงเป็นสีเทา)</translation>
        </message>
        <message>
            <source>This group has no products yet. Add its products in the Producer groups tab.</source>
            <translation>กลุ่มนี้ยังไม่มีผลิตภัณฑ์ กรุณาเพิ่มผลิตภัณฑ์ที่แท็บกลุ่มผู้ผลิต</translation>
        </message>
        <message>
            <source>Delete costing sheet</source>
            <translation>ลบแผ่นต้นทุน</translation>
        </message>
        <message>
            <source>Delete the costing sheet “{title}” of {date}? This cannot be undone.</source>
            <translation>ลบแผ่นต้นทุน “{title}” วันที่ {date} หรือไม่? ไม่สามารถเรียกคืนได้</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Booth and sales: {group}</source>
            <translation>บูธและยอดขาย: {group}</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>วัน</translation>
        </message>
        <message>
            <source>Sales (baht)</source>
            <translation>ยอดขาย (บาท)</translation>
        </message>
        <message>
            <source>In the cash book</source>
            <translation>ลงบัญชีแล้ว</translation>
        </message>
        <message>
            <source>posted</source>
            <translation>ลงบัญชีแล้ว</translation>
        </message>
        <message>
            <source>Daily sales (only groups selected for a booth)</source>
            <translation>ยอดขายรายวัน (เฉพาะกลุ่มที่ได้รับคัดเลือกเข้าบูธ)</translation>
        </message>
        <message>
            <source>Total: {amount} baht</source>
            <translation>รวม: {amount} บาท</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>Save entry</source>
            <translation>บันทึกรายการ</translation>
        </message>
        <message>
            <source>Save (Enter on the last field, or Ctrl+Enter)</source>
            <translation>บันทึก (กด Enter ที่ช่องสุดท้าย หรือ Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel edit</source>
            <translation>ยกเลิกการแก้ไข</translation>
        </message>
        <message>
            <source>Leave the edit without saving (Esc)</source>
            <translation>ออกจากการแก้ไขโดยไม่บันทึก (Esc)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Income or expense</source>
            <translation>รับ/จ่าย</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>หมวดรายการ</translation>
        </message>
        <message>
            <source>Amount (baht)</source>
            <translation>จำนวนเงิน (บาท)</translation>
        </message>
        <message>
            <source>Kept from the last entry; choose another if this one differs</source>
            <translation>คงไว้จากรายการก่อนหน้า หากรายการนี้ต่างออกไปให้เลือกใหม่</translation>
        </message>
        <message>
            <source>New entry, kept from the last one: {kind}, {category} (change them if this entry differs). Enter moves to the next field and saves on the last one</source>
            <translation>รายการใหม่ ใช้ค่าเดิมจากรายการก่อนหน้า: {kind}, {category} (หากรายการนี้ต่างออกไปให้เปลี่ยน) กด Enter เพื่อไปช่องถัดไป และบันทึกเมื่อถึงช่องสุดท้าย</translation>
        </message>
        <message>
            <source>New entry: Enter moves to the next field and saves on the last one</source>
            <translation>รายการใหม่: กด Enter เพื่อไปช่องถัดไป และบันทึกเมื่อกดที่ช่องสุดท้าย</translation>
        </message>
        <message>
            <source>Editing the entry of {date} (Esc cancels)</source>
            <translation>กำลังแก้ไขรายการวันที่ {date} (Esc เพื่อยกเลิก)</translation>
        </message>
        <message>
            <source>This change</source>
            <translation>การแก้ไขนี้</translation>
        </message>
    </context>
    <context>
        <name>FairDialog</name>
        <message>
            <source>Edit trade fair</source>
            <translation>แก้ไขงานแสดงสินค้า</translation>
        </message>
        <message>
            <source>New trade fair</source>
            <translation>งานแสดงสินค้าใหม่</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>ภาพถ่าย</translation>
        </message>
    </context>
    <context>
        <name>FairsView</name>
        <message>
            <source>Search groups of this fair</source>
            <translation>ค้นหากลุ่มในงานนี้</translation>
        </message>
        <message>
            <source>Add applicants…</source>
            <translation>เพิ่มกลุ่มที่สมัคร…</translation>
        </message>
        <message>
            <source>Booth and sales…</source>
            <translation>บูธและยอดขาย…</translation>
        </message>
        <message>
            <source>Remove application</source>
            <translation>ลบใบสมัคร</translation>
        </message>
        <message>
            <source>Post sales to cash books</source>
            <translation>ลงยอดขายในบัญชีรับ-จ่าย</translation>
        </message>
        <message>
            <source>Each day's sales become fair-sales income in the group's cash book; days already posted are skipped.</source>
            <translation>ยอดขายแต่ละวันจะลงเป็นรายรับหมวดขายในงานแสดงสินค้าในบัญชีรับ-จ่ายของกลุ่ม วันที่ลงบัญชีแล้วจะข้ามไป</translation>
        </message>
        <message>
            <source>Trade fairs</source>
            <translation>งานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Search fair or venue (Ctrl+F)</source>
            <translation>ค้นหางานหรือสถานที่ (Ctrl+F)</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} fairs</source>
            <translation>แสดง {shown} จาก {total} งาน</translation>
        </message>
        <message>
            <source>Choose a fair above</source>
            <translation>เลือกงานจากตารางด้านบน</translation>
        </message>
        <message>
            <source>{selected} of {booths} booths taken; {applied} groups applied. Sales of all booths: {total} baht. Groups are ranked by their total sales.</source>
            <translation>ใช้บูธแล้ว {selected} จาก {booths} บูธ มีกลุ่มสมัคร {applied} กลุ่ม ยอดขายรวมทุกบูธ {total} บาท จัดอันดับกลุ่มตามยอดขายรวม</translation>
        </message>
        <message>
            <source>Remove the application of “{group}” with its sales at this fair? Entries already posted to the cash book stay there.</source>
            <translation>ลบใบสมัครของ “{group}” พร้อมยอดขายในงานนี้หรือไม่? รายการที่ลงบัญชีรับ-จ่ายแล้วยังคงอยู่</translation>
        </message>
        <message>
            <source>Sales at {fair}</source>
            <translation>ขายสินค้าที่งาน {fair}</translation>
        </message>
        <message>
            <source>{count} days of sales, {amount} baht, were posted to the groups' cash books.</source>
            <translation>ลงยอดขาย {count} วัน รวม {amount} บาท ในบัญชีรับ-จ่ายของกลุ่มแล้ว</translation>
        </message>
        <message>
            <source>Nothing to post: every day of sales is already in the cash books.</source>
            <translation>ไม่มีรายการให้ลง ยอดขายทุกวันลงบัญชีรับ-จ่ายแล้ว</translation>
        </message>
        <message>
            <source>Delete trade fair</source>
            <translation>ลบงานแสดงสินค้า</translation>
        </message>
        <message>
            <source>Delete the fair “{name}” with its applications and sales? Sales already posted stay in the cash books.</source>
            <translation>ลบงาน “{name}” พร้อมใบสมัครและยอดขายหรือไม่? ยอดขายที่ลงบัญชีแล้วยังคงอยู่ในบัญชีรับ-จ่าย</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Cash-book category</source>
            <translation>หมวดรายการ</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>จำนวนเงิน</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <source>Receipt or document no.</source>
            <translation>เลขที่ใบเสร็จหรือเอกสาร</translation>
        </message>
        <message>
            <source>Paid to or received from</source>
            <translation>รับจากหรือจ่ายให้</translation>
        </message>
        <message>
            <source>Opening date</source>
            <translation>วันที่เริ่มบัญชี</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>ยอดยกมา</translation>
        </message>
        <message>
            <source>Sheet title</source>
            <translation>ชื่อแผ่นต้นทุน</translation>
        </message>
        <message>
            <source>Sheet date</source>
            <translation>วันที่คำนวณ</translation>
        </message>
        <message>
            <source>Units per batch</source>
            <translation>จำนวนที่ผลิตได้ต่อรอบ</translation>
        </message>
        <message>
            <source>Selling price</source>
            <translation>ราคาขาย</translation>
        </message>
        <message>
            <source>Cost item</source>
            <translation>รายการต้นทุน</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>ปริมาณ</translation>
        </message>
        <message>
            <source>Cost per unit of the item</source>
            <translation>ราคาต่อหน่วยของรายการ</translation>
        </message>
        <message>
            <source>Shared over batches</source>
            <translation>เฉลี่ยกี่รอบการผลิต</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>หน่วย</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
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
        <name>LinesEditor</name>
        <message>
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>ปริมาณ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>หน่วย</translation>
        </message>
        <message>
            <source>Cost per unit (baht)</source>
            <translation>ราคาต่อหน่วย (บาท)</translation>
        </message>
        <message>
            <source>Shared over batches</source>
            <translation>เฉลี่ยกี่รอบการผลิต</translation>
        </message>
        <message>
            <source>Cost per batch</source>
            <translation>ต้นทุนต่อรอบ</translation>
        </message>
        <message>
            <source>A cost paid once for several batches (a gas tank, a month of electricity): type its total and the number of batches it lasts.</source>
            <translation>ค่าใช้จ่ายที่จ่ายครั้งเดียวแต่ใช้ได้หลายรอบ (เช่น ถังแก๊ส ค่าไฟทั้งเดือน) ให้ใส่ยอดรวมและจำนวนรอบที่ใช้</translation>
        </message>
    </context>
    <context>
        <name>OpeningDialog</name>
        <message>
            <source>Opening balance</source>
            <translation>ยอดยกมา</translation>
        </message>
        <message>
            <source>The cash the group had on the day you started keeping its books. Entries cannot be dated earlier.</source>
            <translation>เงินสดที่กลุ่มมีในวันที่เริ่มทำบัญชี รายการต้องไม่ลงวันที่ก่อนวันนี้</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>Year</source>
            <translation>ปี</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>The month</source>
            <translation>ประจำเดือน</translation>
        </message>
        <message>
            <source>Brought forward</source>
            <translation>ยอดยกมา</translation>
        </message>
        <message>
            <source>Total income</source>
            <translation>รวมรายรับ</translation>
        </message>
        <message>
            <source>Total expense</source>
            <translation>รวมรายจ่าย</translation>
        </message>
        <message>
            <source>Net (income − expense)</source>
            <translation>รายรับสูง (ต่ำ) กว่ารายจ่าย</translation>
        </message>
        <message>
            <source>Closing balance</source>
            <translation>ยอดคงเหลือยกไป</translation>
        </message>
        <message>
            <source>The year by month (double-click a month to open it)</source>
            <translation>ทั้งปีแยกรายเดือน (ดับเบิลคลิกเพื่อดูเดือนนั้น)</translation>
        </message>
        <message>
            <source>{amount} baht</source>
            <translation>{amount} บาท</translation>
        </message>
        <message>
            <source>{year}: brought forward {forward}, income {income}, expense {expense}, net {net}, closing balance {closing} baht.</source>
            <translation>{year}: ยอดยกมา {forward} รายรับ {income} รายจ่าย {expense} รับสูง (ต่ำ) กว่าจ่าย {net} ยอดคงเหลือยกไป {closing} บาท</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field}: the cash book already has an entry of {first}; the opening date cannot be later than that.</source>
            <translation>{field}: บัญชีมีรายการวันที่ {first} แล้ว วันที่เริ่มบัญชีต้องไม่หลังจากวันนั้น</translation>
        </message>
        <message>
            <source>{field}: the books of this group start on {opening}; an entry cannot be earlier.</source>
            <translation>{field}: บัญชีของกลุ่มนี้เริ่มวันที่ {opening} รายการต้องไม่ก่อนวันนั้น</translation>
        </message>
        <message>
            <source>{field}: choose a category of this kind of entry.</source>
            <translation>{field}: กรุณาเลือกหมวดที่ตรงกับประเภทรายการ (รับหรือจ่าย)</translation>
        </message>
        <message>
            <source>{field} must be more than zero.</source>
            <translation>{field}ต้องมากกว่าศูนย์</translation>
        </message>
        <message>
            <source>{field} cannot be negative.</source>
            <translation>{field} ต้องไม่ติดลบ</translation>
        </message>
        <message>
            <source>{field}: use at most {places} decimal places.</source>
            <translation>{field}: ใช้ทศนิยมไม่เกิน {places} ตำแหน่ง</translation>
        </message>
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
            <source>{field} cannot be before the first day.</source>
            <translation>{field}ต้องไม่ก่อนวันแรกของงาน</translation>
        </message>
        <message>
            <source>A fair lasts at most {days} days.</source>
            <translation>งานหนึ่งจัดได้ไม่เกิน {days} วัน</translation>
        </message>
    </context>
</TS>
