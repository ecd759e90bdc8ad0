import './photo-exhibit.js';
import './photo-figure.js';
import './photo-caption.js';
