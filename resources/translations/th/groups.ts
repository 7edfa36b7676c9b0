<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Columns</name>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Product type</source>
            <translation>ประเภทผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>หมู่บ้าน</translation>
        </message>
        <message>
            <source>Sub-district</source>
            <translation>ตำบล</translation>
        </message>
        <message>
            <source>District</source>
            <translation>อำเภอ</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>ประธานกลุ่ม</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>สมาชิก</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>ระดับดาว</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>แก้ไขล่าสุด</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Group name</source>
            <translation>ชื่อกลุ่ม</translation>
        </message>
        <message>
            <source>OTOP registration code</source>
            <translation>รหัสทะเบียน OTOP</translation>
        </message>
        <message>
            <source>Year founded</source>
            <translation>ปีที่ก่อตั้ง</translation>
        </message>
        <message>
            <source>Number of members</source>
            <translation>จำนวนสมาชิก</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>ประธานกลุ่ม</translation>
        </message>
        <message>
            <source>Leader's phone</source>
            <translation>โทรศัพท์ประธานกลุ่ม</translation>
        </message>
        <message>
            <source>Village number (Moo)</source>
            <translation>หมู่ที่</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>หมู่บ้าน</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>รหัสไปรษณีย์</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>ละติจูด</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>ลองจิจูด</translation>
        </message>
        <message>
            <source>Product story</source>
            <translation>เรื่องราวผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>ชื่อผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>ราคา</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>หน่วย</translation>
        </message>
        <message>
            <source>Member name</source>
            <translation>ชื่อสมาชิก</translation>
        </message>
        <message>
            <source>Member's phone</source>
            <translation>โทรศัพท์สมาชิก</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>ยอดยกมา</translation>
        </message>
        <message>
            <source>Opening date</source>
            <translation>วันที่เริ่มบัญชี</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <source>Edit group</source>
            <translation>แก้ไขข้อมูลกลุ่ม</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>เพิ่มกลุ่มใหม่</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>ข้อมูลกลุ่ม</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>ที่อยู่</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>สมาชิก</translation>
        </message>
        <message>
            <source>Business plan and story</source>
            <translation>แผนธุรกิจและเรื่องราว</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>ไม่ทราบ</translation>
        </message>
        <message>
            <source>Producer type</source>
            <translation>ประเภทผู้ผลิต</translation>
        </message>
        <message>
            <source>Product type</source>
            <translation>ประเภทผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Year founded (BE)</source>
            <translation>ปีที่ก่อตั้ง (พ.ศ.)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>GPS (latitude, longitude)</source>
            <translation>พิกัด GPS (ละติจูด, ลองจิจูด)</translation>
        </message>
        <message>
            <source>Has a business plan</source>
            <translation>มีแผนธุรกิจ</translation>
        </message>
        <message>
            <source>Production plan</source>
            <translation>แผนการผลิต</translation>
        </message>
        <message>
            <source>Marketing plan</source>
            <translation>แผนการตลาด</translation>
        </message>
        <message>
            <source>Management plan</source>
            <translation>แผนการบริหารจัดการ</translation>
        </message>
    </context>
    <context>
        <name>Groups</name>
        <message>
            <source>Moo {moo}</source>
            <translation>ม.{moo}</translation>
        </message>
    </context>
    <context>
        <name>GroupsTab</name>
        <message>
            <source>Producer groups</source>
            <translation>กลุ่มผู้ผลิต</translation>
        </message>
        <message>
            <source>Search name, village, sub-district or product (Ctrl+F)</source>
            <translation>ค้นหาชื่อกลุ่ม หมู่บ้าน ตำบล หรือผลิตภัณฑ์ (Ctrl+F)</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>ทุกกลุ่ม</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>ระงับกลุ่ม</translation>
        </message>
        <message>
            <source>Profile…</source>
            <translation>ข้อมูลกลุ่ม…</translation>
        </message>
        <message>
            <source>Everything about the group on one page, printable</source>
            <translation>ข้อมูลทั้งหมดของกลุ่มในหน้าเดียว พิมพ์ได้</translation>
        </message>
        <message>
            <source>Register…</source>
            <translation>ทะเบียนผลิตภัณฑ์…</translation>
        </message>
        <message>
            <source>Certificates, registration, star rounds and segment of the group's products</source>
            <translation>มาตรฐาน การลงทะเบียน รอบคัดสรรดาว และกลุ่มของผลิตภัณฑ์ของกลุ่ม</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} groups</source>
            <translation>แสดง {shown} จาก {total} กลุ่ม</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>เปิดใช้งานอีกครั้ง</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>ทะเบียนผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Add a product to the group first.</source>
            <translation>กรุณาเพิ่มผลิตภัณฑ์ของกลุ่มก่อน</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>ลบกลุ่ม</translation>
        </message>
        <message>
            <source>Delete the group “{name}” with its products and members? This cannot be undone.</source>
            <translation>ลบกลุ่ม “{name}” พร้อมผลิตภัณฑ์และสมาชิกหรือไม่? ไม่สามารถเรียกคืนได้</translation>
        </message>
        <message>
            <source>The group “{name}” has records: {records}.

Deactivating keeps them and hides the group from new work. Deleting removes the group and all these records.</source>
            <translation>กลุ่ม “{name}” มีบันทึกอยู่: {records}

การระงับกลุ่มจะเก็บบันทึกไว้และซ่อนกลุ่มจากงานใหม่ การลบจะลบกลุ่มและบันทึกทั้งหมดนี้</translation>
        </message>
        <message>
            <source>Deactivate instead</source>
            <translation>ระงับกลุ่มแทน</translation>
        </message>
        <message>
            <source>Delete everything</source>
            <translation>ลบทั้งหมด</translation>
        </message>
        <message>
            <source>Really delete “{name}” and {records}? This cannot be undone.</source>
            <translation>ยืนยันการลบ “{name}” และ {records} หรือไม่? ไม่สามารถเรียกคืนได้</translation>
        </message>
    </context>
    <context>
        <name>MembersEditor</name>
        <message>
            <source>Name</source>
            <translation>ชื่อ-สกุล</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
    </context>
    <context>
        <name>ProductsEditor</name>
        <message>
            <source>Product</source>
            <translation>ผลิตภัณฑ์</translation>
        </message>
        <message>
            <source>Price (baht)</source>
            <translation>ราคา (บาท)</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>หน่วย</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>ระดับดาว</translation>
        </message>
        <message>
            <source>Star year (BE)</source>
            <translation>ปีที่ได้ดาว (พ.ศ.)</translation>
        </message>
        <message>
            <source>From the star rounds in the product register (Register… on the Groups tab)</source>
            <translation>มาจากรอบการคัดสรรดาวในทะเบียนผลิตภัณฑ์ (ปุ่ม "ทะเบียนผลิตภัณฑ์…" ในแท็บกลุ่มผู้ผลิต)</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>visits</source>
            <translation>การเยี่ยม</translation>
        </message>
        <message>
            <source>problems</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>cash-book entries</source>
            <translation>รายการบัญชีรับจ่าย</translation>
        </message>
        <message>
            <source>costing sheets</source>
            <translation>แผ่นคำนวณต้นทุน</translation>
        </message>
        <message>
            <source>trade-fair entries</source>
            <translation>การสมัครงานแสดงสินค้า</translation>
        </message>
        <message>
            <source>training participants</source>
            <translation>ผู้เข้ารับการอบรม</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field}: '{text}' is not a number.</source>
            <translation>{field}: '{text}' ไม่ใช่ตัวเลข</translation>
        </message>
        <message>
            <source>{field} has five digits, e.g. 40000.</source>
            <translation>{field} มี 5 หลัก เช่น 40000</translation>
        </message>
        <message>
            <source>Give both latitude and longitude, or neither.</source>
            <translation>กรุณากรอกทั้งละติจูดและลองจิจูด หรือเว้นว่างทั้งคู่</translation>
        </message>
        <message>
            <source>The GPS point is outside Thailand; latitude is 5 to 21 and longitude 97 to 106.</source>
            <translation>พิกัด GPS อยู่นอกประเทศไทย ละติจูดต้องอยู่ระหว่าง 5 ถึง 21 และลองจิจูด 97 ถึง 106</translation>
        </message>
        <message>
            <source>{field} ({count}) is less than the {listed} members listed.</source>
            <translation>{field} ({count}) น้อยกว่าจำนวนสมาชิกที่มีรายชื่อ ({listed} คน)</translation>
        </message>
    </context>
</TS>
