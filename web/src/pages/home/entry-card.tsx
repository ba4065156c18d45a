import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import './entry-card.css';

/** One big, clear entry point of the home page: the whole card is the link. */
export function EntryCard({ to, icon, title, text }: { to: string; icon: ReactNode; title: string; text: string }) {
  return (
    <Link to={to} className="entry-card">
      <span className="entry-card-icon" aria-hidden>
        {icon}
      </span>
      <span>
        <Typography.Text strong className="entry-card-title">
          {title}
        </Typography.Text>
        <Typography.Text type="secondary" className="entry-card-text">
          {text}
        </Typography.Text>
      </span>
    </Link>
  );
}
