import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Banners } from '../../../src/app/Banners';
import { createServices } from '../../../src/app/services';
import { ServicesContext } from '../../../src/context/services';
import { registerFlush } from '../../../src/pwa/flush';
import { EidDatabase } from '../../../src/storage/db';

function renderBanners() {
  const services = createServices(new EidDatabase(`banners-${Math.random()}`));
  render(
    <ServicesContext.Provider value={services}>
      <Banners />
    </ServicesContext.Provider>,
  );
  return services;
}

let unregister: (() => void) | undefined;
afterEach(() => unregister?.());

describe('update banner', () => {
  it('stays hidden until a new version is waiting', () => {
    renderBanners();
    expect(screen.queryByText('Đã có phiên bản mới.')).toBeNull();
  });

  it('offers the update without forcing it, and "Để sau" hides it', async () => {
    const services = renderBanners();
    services.pwa.updateWaiting.value = true;
    await screen.findByText('Đã có phiên bản mới.');
    fireEvent.click(screen.getByRole('button', { name: 'Để sau' }));
    await waitFor(() => expect(screen.queryByText('Đã có phiên bản mới.')).toBeNull());
  });

  it('says once when the app is ready offline, and the notice can be dismissed', async () => {
    const services = renderBanners();
    services.pwa.offlineReady.value = true;
    await screen.findByText('Ứng dụng đã sẵn sàng dùng khi không có mạng.');
    fireEvent.click(screen.getByRole('button', { name: 'Đã hiểu' }));
    await waitFor(() => expect(screen.queryByText('Ứng dụng đã sẵn sàng dùng khi không có mạng.')).toBeNull());
  });

  it('saves drafts before the new version takes over', async () => {
    const flush = vi.fn(async () => {});
    unregister = registerFlush(flush);
    const services = renderBanners();
    services.pwa.updateWaiting.value = true;
    fireEvent.click(await screen.findByRole('button', { name: 'Cập nhật ngay' }));
    await waitFor(() => expect(flush).toHaveBeenCalledTimes(1));
  });
});

describe('notices that arrive after the first paint', () => {
  it('float above the page, stacked, so nothing on it moves (the install offer once pushed the list down: CLS 0.13)', async () => {
    const services = renderBanners();
    services.pwa.offlineReady.value = true;
    services.pwa.canInstall.value = true;
    const install = await screen.findByText('Cài ứng dụng lên màn hình chính để dùng nhanh và giữ dữ liệu an toàn hơn.');
    const ready = screen.getByText('Ứng dụng đã sẵn sàng dùng khi không có mạng.');
    for (const notice of [install, ready]) expect(notice.closest('.banners__floating .banner--floating')).not.toBeNull();
  });
});
