# Lời loa nói với biên tập viên, bằng tiếng Việt: mỗi mã ở đây ứng với một mã trong
# en.ftl (một bài kiểm thử bảo đảm điều đó). Viết cho phóng viên, biên tập viên đọc
# hiểu và biết phải làm gì tiếp theo; giữ nguyên tên mục, tên tệp, mã trong `...`.

## Cách in một thông báo

label-error = lỗi
label-warning = cảnh báo
label-hint = gợi ý
label-caused-by = nguyên nhân
while-rendering = khi dựng trang { $page }
repeated-in-pages = ở { $count } trang, ví dụ { $page }
errors-found = Có { $count } lỗi; chưa ghi tệp nào.
