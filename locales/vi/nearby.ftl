### Find help near you.

nearby-ask = Xin gửi mã ZIP hoặc tên tiểu bang của quý vị.
# Variables:
#   $value (String) - The two-letter code of the state the person gave, such as IL.
nearby-results = Các tổ chức có thể giúp ở { $value }:
nearby-choice-national = Đường dây cho toàn Hoa Kỳ
    .keywords = toàn quốc, hoa kỳ, mỹ, usa
nearby-national = Các đường dây phục vụ toàn Hoa Kỳ:
