import { href } from '../../app/router';
import { common } from '../../i18n/common';

const links = [
  { path: '/hen', label: 'Hẹn cần làm', note: 'Các tổ chức đến hạn hẹn hôm nay và quá hạn' },
  { path: '/tra-cuu-nhanh', label: 'Tra cứu nhanh', note: 'Mốc thời gian, quy định chính và đường dây nóng cho cán bộ' },
  { path: '/du-lieu', label: common.nav.data, note: 'Nhập danh sách, xuất, sao lưu, gộp dữ liệu của tổ' },
  { path: '/tai-lieu', label: common.nav.documents, note: 'Các đường dẫn hướng dẫn chính thức và mã QR' },
  { path: '/quay', label: common.nav.counter, note: 'Mã QR toàn màn hình cho người dân quét' },
  { path: '/cai-dat', label: common.nav.settings, note: 'Tên, địa bàn, chỉ tiêu, địa chỉ dùng trong mã QR' },
];

export default function MorePage() {
  return (
    <section>
      <h1 tabIndex={-1}>{common.nav.more}</h1>
      <ul class="menu">
        {links.map((l) => (
          <li key={l.path}>
            <a href={href(l.path)}>
              <strong>{l.label}</strong>
              <span class="muted">{l.note}</span>
            </a>
          </li>
        ))}
      </ul>
      <p class="muted" data-testid="app-build">
        {common.version} {__APP_BUILD__}
      </p>
    </section>
  );
}
