// What the standard takes from elsewhere than the article, said so wherever the standard is described.
import type { Text } from "./types";

export const SOURCES_NOT_IN_ARTICLE: Text[] = [
  {
    vi: "Đơn vị tính «nghìn đồng» của biểu 06: bài viết không nêu đơn vị tính.",
    en: "Form 06's unit “nghìn đồng”: the article names no unit.",
  },
  {
    vi: "Năm thống kê từ 01/10 năm trước đến 30/9 và kỳ báo cáo lũy kế: theo Quy chế phối hợp liên ngành số 14/2013, Điều 17 khoản 5, không phải bài viết.",
    en: "The statistical year from 1 October to 30 September and cumulative periods: from the 2013 inter-agency regulation (No. 14/2013, Article 17, clause 5), not the article.",
  },
  {
    vi: "Dòng tiêu đề của biểu («BIỂU MẪU SỐ 05-TK/THA», «KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC»…): do chuẩn này đặt; bài viết chỉ gọi các biểu tổng hợp là «Biểu mẫu số 05 – TK/THA.T1» và «06 – TK/THA.T1».",
    en: "The forms' title lines: chosen by this standard; the article only names the consolidated forms “Biểu mẫu số 05 – TK/THA.T1” and “06 – TK/THA.T1”.",
  },
  {
    vi: "Tỷ lệ để trống khi mẫu số bằng 0: lựa chọn của chuẩn này.",
    en: "Ratios left blank on a zero divisor: this standard's choice.",
  },
  {
    vi: "Số thứ tự (STT) các hàng và mã dữ liệu: bài viết không đánh số hàng, chuẩn này đặt.",
    en: "Row numbers (STT) and data point codes: the article numbers no rows; this standard sets them.",
  },
];
