// What the pane says when it cannot work: office.js missing, or the page opened outside Excel.
import * as React from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";
import type { Startup } from "../startup";

const TEXT = {
  "no-office": {
    title: "Không tải được Office (office.js)",
    vi: "Ngăn tác vụ cần thư viện office.js của Microsoft. Hãy kiểm tra kết nối mạng hoặc tường lửa, rồi mở lại ngăn từ thẻ Trang đầu › Biểu mẫu THADS.",
    en: "Office could not be loaded (office.js). Check the network or firewall, then reopen the pane from Home › THADS forms.",
  },
  "not-excel": {
    title: "Trang này chạy trong Excel",
    vi: "Đây là ngăn tác vụ của phần bổ trợ Biểu mẫu THADS. Hãy mở nó trong Excel (trên web, Windows hoặc Mac) từ thẻ Trang đầu › Biểu mẫu THADS. Để thử mà không có Excel, chạy npm start để mở bản xem trước.",
    en: "This is the THADS forms add-in's task pane. Open it in Excel (web, Windows or Mac) from Home › THADS forms. To try it without Excel, run npm start for the preview.",
  },
};

export function StartupMessage({ startup }: { startup: Exclude<Startup, { kind: "excel" }> }) {
  const text = TEXT[startup.kind];
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 12 }}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.title}</MessageBarTitle>
          <p>{text.vi}</p>
          <p lang="en">{text.en}</p>
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
