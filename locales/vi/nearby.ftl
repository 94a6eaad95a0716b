### Find help near you.

nearby-ask = Xin gửi mã ZIP hoặc tên tiểu bang của quý vị.
# Variables:
#   $value (String) - The name of the state the person gave, in this language, such as Illinois.
nearby-results = Các đường dây có thể giúp ở { $value }:
nearby-choice-national = Đường dây cho toàn Hoa Kỳ
    .keywords = toàn quốc, hoa kỳ, mỹ, usa
nearby-national = Các đường dây phục vụ toàn Hoa Kỳ:
